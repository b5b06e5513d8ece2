namespace Alerts.Core.Sources.Http;

/// <summary>A fetched and decoded response body with the validators for the next conditional GET.</summary>
public sealed record FetchedDocument(
    Uri Url,
    string Text,
    string? MediaType,
    string? ETag,
    DateTimeOffset? LastModified);
