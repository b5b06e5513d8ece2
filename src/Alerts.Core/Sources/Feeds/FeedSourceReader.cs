using System.Net;
using System.Net.Http.Headers;
using Alerts.Core.Items;

namespace Alerts.Core.Sources.Feeds;

/// <summary>Reads RSS and Atom feeds over HTTP with conditional GET.</summary>
public sealed class FeedSourceReader(IHttpClientFactory httpClients) : ISourceReader
{
    /// <summary>Name of the <see cref="HttpClient"/> used for all source reads.</summary>
    public const string HttpClientName = "sources";

    public SourceKind Kind => SourceKind.Feed;

    public async Task<SourceReadResult> ReadAsync(Source source, SourceState state, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, source.Url);
        if (state.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var parsed))
        {
            request.Headers.IfNoneMatch.Add(parsed);
        }

        if (state.LastModified is { } lastModified)
        {
            request.Headers.IfModifiedSince = lastModified;
        }

        var client = httpClients.CreateClient(HttpClientName);
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return SourceReadResult.Unchanged(state);
        }

        if (!response.IsSuccessStatusCode)
        {
            var retryAfter = response.Headers.RetryAfter is { } ra
                ? ra.Delta ?? (ra.Date - DateTimeOffset.UtcNow)
                : null;
            throw new SourceReadException($"HTTP {(int)response.StatusCode} from {source.Url}", retryAfter);
        }

        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var items = FeedParser.Parse(body, source);
        return new SourceReadResult
        {
            Items = items,
            ETag = response.Headers.ETag?.ToString(),
            LastModified = response.Content.Headers.LastModified,
        };
    }
}
