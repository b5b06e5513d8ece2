using Alerts.Core.Items;

namespace Alerts.Core.Sources;

/// <summary>
/// Reads a URL once with the production readers and stores nothing: what
/// <c>alerts sources preview</c> prints, and a check of a source before it is added.
/// </summary>
public sealed class SourcePreview(IEnumerable<ISourceReader> readers)
{
    private readonly Dictionary<SourceKind, ISourceReader> _readers = readers.ToDictionary(r => r.Kind);

    /// <summary>The kind a URL most likely is when none is given: t.me is Telegram, the rest feeds.</summary>
    public static SourceKind GuessKind(Uri url, HtmlSelectors? selectors)
    {
        ArgumentNullException.ThrowIfNull(url);
        return selectors is not null ? SourceKind.Html
            : url.Host.Equals("t.me", StringComparison.OrdinalIgnoreCase) ? SourceKind.Telegram
            : SourceKind.Feed;
    }

    /// <summary>
    /// The items the source gives now. Throws <see cref="SourceReadException"/> (network, HTTP,
    /// refused by the SSRF guard) or <see cref="FormatException"/> (not parseable), each with a
    /// one-line message.
    /// </summary>
    public async Task<IReadOnlyList<SourceItem>> ReadAsync(Source source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!_readers.TryGetValue(source.Kind, out var reader))
        {
            throw new FormatException($"no reader for kind {source.Kind}");
        }

        var result = await reader.ReadAsync(source, new SourceState { SourceId = source.Id }, cancellationToken).ConfigureAwait(false);
        return result.Items;
    }
}
