using Alerts.Core.Sources.Feeds;
using Alerts.Core.Sources.Http;

namespace Alerts.Core.Sources.Html;

/// <summary>Reads pages without a feed (official sites) with the source's CSS selectors.</summary>
public sealed class HtmlSourceReader(SourceFetcher fetcher, TimeProvider time) : ISourceReader
{
    public SourceKind Kind => SourceKind.Html;

    public async Task<SourceReadResult> ReadAsync(Source source, SourceState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(state);
        var selectors = source.Selectors
            ?? throw new FormatException($"source {source.Id} is of kind html but has no selectors (item, title, link)");
        var url = SourceUrls.Parse(source);
        var document = await fetcher.FetchAsync(source, url, state, cancellationToken).ConfigureAwait(false);
        if (document is null)
        {
            return SourceReadResult.Unchanged(state);
        }

        var entries = HtmlPageParser.Parse(document.Text, selectors);
        if (entries.Count == 0)
        {
            throw new FormatException($"{url}: the selector \"{selectors.Item}\" found no items (has the page changed?)");
        }

        var now = time.GetUtcNow();
        return new SourceReadResult
        {
            Items = FeedSourceReader.Distinct(entries.Select(e => e.ToItem(source, document.Url, now))),
            ETag = document.ETag,
            LastModified = document.LastModified,
        };
    }
}
