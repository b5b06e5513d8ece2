using System.Globalization;
using Alerts.Core.Items;
using Alerts.Core.Sources.Feeds;
using Alerts.Core.Sources.Http;
using Microsoft.Extensions.Options;

namespace Alerts.Core.Sources.Telegram;

/// <summary>
/// Reads a public Telegram channel through https://t.me/s/&lt;channel&gt;. The cursor is the highest
/// post number seen. When posts newer than the cursor run past the first page (after downtime),
/// older pages are fetched with <c>?before=</c> until the cursor is reached (at most
/// <see cref="SourceHttpOptions.MaxTelegramCatchUpPages"/> pages). Besides the new posts, the posts
/// still on the latest page are returned so that edits (a revised count) are noticed; the item
/// store turns unchanged ones into no-ops.
/// </summary>
public sealed class TelegramSourceReader(SourceFetcher fetcher, IOptions<SourceHttpOptions> options, TimeProvider time) : ISourceReader
{
    public SourceKind Kind => SourceKind.Telegram;

    public async Task<SourceReadResult> ReadAsync(Source source, SourceState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(state);
        var url = SourceUrls.Parse(source);
        var first = await fetcher.FetchAsync(source, url, state, cancellationToken).ConfigureAwait(false);
        if (first is null)
        {
            return SourceReadResult.Unchanged(state);
        }

        var posts = TelegramPageParser.Parse(first.Text).ToList();
        if (posts.Count == 0 && !first.Text.Contains("tgme_", StringComparison.Ordinal))
        {
            throw new FormatException($"{url} is not a Telegram channel preview (t.me/s/<channel>)");
        }

        var cursor = long.TryParse(state.Cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var c) ? c : (long?)null;
        await CatchUpAsync(source, url, cursor, posts, cancellationToken).ConfigureAwait(false);

        var now = time.GetUtcNow();
        var newest = posts.Count == 0 ? cursor : Math.Max(cursor ?? 0, posts.Max(p => p.Number));
        var items = posts
            .OrderBy(p => p.Number)
            .Select(p => p.Entry.ToItem(source, first.Url, now))
            .Select(i => i with { Title = TelegramPageParser.TitleOf(i.Text) });
        return new SourceReadResult
        {
            Items = FeedSourceReader.Distinct(items),
            ETag = first.ETag,
            LastModified = first.LastModified,
            Cursor = newest?.ToString(CultureInfo.InvariantCulture),
        };
    }

    private async Task CatchUpAsync(Source source, Uri url, long? cursor, List<TelegramPost> posts, CancellationToken cancellationToken)
    {
        for (var page = 1; cursor is { } seen && posts.Count > 0 && page < options.Value.MaxTelegramCatchUpPages; page++)
        {
            var oldest = posts.Min(p => p.Number);
            if (oldest <= seen + 1)
            {
                return;
            }

            var before = SourceUrls.WithQuery(url, "before", oldest.ToString(CultureInfo.InvariantCulture));
            var older = await fetcher.FetchAsync(source, before, null, cancellationToken).ConfigureAwait(false);
            var added = older is null ? [] : TelegramPageParser.Parse(older.Text).Where(p => p.Number < oldest && p.Number > seen).ToList();
            if (added.Count == 0)
            {
                return;
            }

            posts.AddRange(added);
        }
    }
}
