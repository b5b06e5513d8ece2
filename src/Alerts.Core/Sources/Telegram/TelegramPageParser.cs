using System.Globalization;
using Alerts.Core.Sources.Feeds;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Alerts.Core.Sources.Telegram;

/// <summary>One post on a t.me/s/&lt;channel&gt; page.</summary>
public sealed record TelegramPost(string Post, long Number, FeedEntry Entry);

/// <summary>
/// Reads the public web preview of a Telegram channel: each <c>.tgme_widget_message[data-post]</c>
/// block, its <c>.tgme_widget_message_text</c> (not the quoted reply's), its
/// <c>time[datetime]</c> and its link. Posts without text (a bare photo) are skipped.
/// </summary>
public static class TelegramPageParser
{
    public static IReadOnlyList<TelegramPost> Parse(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var posts = new List<TelegramPost>();
        foreach (var message in document.QuerySelectorAll(".tgme_widget_message[data-post]"))
        {
            var post = message.GetAttribute("data-post")!.Trim();
            var slash = post.LastIndexOf('/');
            if (slash < 0 || !long.TryParse(post.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                continue;
            }

            var text = message.QuerySelectorAll(".tgme_widget_message_text")
                .FirstOrDefault(e => e.Closest(".tgme_widget_message_reply") is null);
            if (text is null)
            {
                continue;
            }

            var date = message.QuerySelector(".tgme_widget_message_date time[datetime]")?.GetAttribute("datetime")
                ?? message.QuerySelector("time[datetime]")?.GetAttribute("datetime");
            var link = message.QuerySelector("a.tgme_widget_message_date")?.GetAttribute("href") ?? $"https://t.me/{post}";
            var entry = new FeedEntry($"https://t.me/{post}", link, "", text.InnerHtml, FeedDates.Parse(date));
            posts.Add(new TelegramPost(post, number, entry));
        }

        return posts;
    }

    /// <summary>A post's title: its first line, cut at a word near 120 characters.</summary>
    public static string TitleOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var line = text.Split('\n', 2)[0];
        if (line.Length <= 120)
        {
            return line;
        }

        var cut = line.LastIndexOf(' ', 119);
        return string.Concat(line.AsSpan(0, cut > 60 ? cut : 119), "…");
    }
}
