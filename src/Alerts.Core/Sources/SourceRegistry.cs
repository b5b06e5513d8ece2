using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Alerts.Core.Sources;

/// <summary>
/// The registry file format (default-sources.json, or a file an operator passes to
/// <c>alerts sources add --file</c>): <c>{ "sources": [ { "id", "name", "kind", "url", ... } ] }</c>
/// or a bare array; and the checks every source definition must pass.
/// </summary>
public static class SourceRegistry
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The embedded default sources.</summary>
    public static IReadOnlyList<Source> Defaults()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Alerts.Core.Sources.default-sources.json")
            ?? throw new InvalidOperationException("default-sources.json is not embedded");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>Source definitions from registry JSON; <see cref="FormatException"/> naming every problem.</summary>
    public static IReadOnlyList<Source> Parse(string json)
    {
        List<Source> sources;
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var list = document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("sources", out var inner)
                ? inner
                : document.RootElement;
            sources = list.Deserialize<List<Source>>(Json) ?? [];
        }
        catch (JsonException ex)
        {
            throw new FormatException($"not a source registry: {ex.Message}", ex);
        }

        var problems = sources.SelectMany(Validate)
            .Concat(sources.GroupBy(s => s.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"{g.Key}: the id is used more than once"))
            .ToList();
        return problems.Count == 0 ? sources : throw new FormatException(string.Join("; ", problems));
    }

    /// <summary>What is wrong with a source definition (empty when nothing is).</summary>
    public static IReadOnlyList<string> Validate(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var problems = new List<string>();
        var id = string.IsNullOrWhiteSpace(source.Id) ? "(no id)" : source.Id;
        if (string.IsNullOrWhiteSpace(source.Id) || source.Id.IndexOfAny(['/', '\\', '#', '?']) >= 0 || source.Id.Any(char.IsControl))
        {
            problems.Add($"{id}: the id must be non-empty without / \\ # ? or control characters");
        }

        if (source.Kind != SourceKind.Demo
            && (!Uri.TryCreate(source.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)))
        {
            problems.Add($"{id}: \"{source.Url}\" is not an http(s) URL");
        }

        if (source.Kind == SourceKind.Html && source.Selectors is null)
        {
            problems.Add($"{id}: an html source needs selectors (item, title, link)");
        }

        if (source.Interval is { } interval && interval < TimeSpan.FromSeconds(5))
        {
            problems.Add($"{id}: the interval must be at least 5 seconds");
        }

        if (source.Charset is { } charset && Text.CharsetDecoder.Find(charset) is null)
        {
            problems.Add($"{id}: unknown charset \"{charset}\"");
        }

        return problems;
    }
}
