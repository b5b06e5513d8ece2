using Alerts.Core.Items;
using Alerts.Core.Sources.Http;

namespace Alerts.Core.Sources.Feeds;

/// <summary>Reads RSS, RDF, Atom, JSON Feed and GDELT search feeds with conditional GET.</summary>
public sealed class FeedSourceReader(SourceFetcher fetcher, TimeProvider time) : ISourceReader
{
    /// <summary>Name of the <see cref="HttpClient"/> used for source reads (see <see cref="SourceFetcher"/>).</summary>
    public const string HttpClientName = SourceFetcher.HttpClientName;

    public SourceKind Kind => SourceKind.Feed;

    public async Task<SourceReadResult> ReadAsync(Source source, SourceState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(state);
        var url = SourceUrls.Parse(source);
        var document = await fetcher.FetchAsync(source, url, state, cancellationToken).ConfigureAwait(false);
        if (document is null)
        {
            return SourceReadResult.Unchanged(state);
        }

        IReadOnlyList<FeedEntry> entries;
        try
        {
            entries = FeedParser.Parse(document.Text);
        }
        catch (FormatException ex)
        {
            throw new FormatException($"{url} could not be read as a feed: {ex.Message}", ex);
        }

        var now = time.GetUtcNow();
        return new SourceReadResult
        {
            Items = Distinct(entries.Select(e => e.ToItem(source, document.Url, now))),
            ETag = document.ETag,
            LastModified = document.LastModified,
        };
    }

    /// <summary>Feeds repeat entries now and then; the first of each identity wins.</summary>
    internal static List<SourceItem> Distinct(IEnumerable<SourceItem> items) => items.DistinctBy(i => i.Id).ToList();
}
