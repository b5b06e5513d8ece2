using System.Globalization;
using System.Text;
using Alerts.Core.Sources;

namespace Alerts.Core.Tests.Sources;

/// <summary>Feeds and pages written for these tests (every kind the readers meet).</summary>
internal static class SourceFixtures
{
    public const string Rss2 = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel>
            <title>Wire</title>
            <language>en-us</language>
            <item>
              <title>Prisoner swap: 84 return home</title>
              <link>https://news.example/world/swap-84?utm_source=rss&amp;utm_medium=feed&amp;id=7</link>
              <guid isPermaLink="false">wire-2026-11-20-001</guid>
              <pubDate>Fri, 20 Nov 2026 10:30:00 +0300</pubDate>
              <description>&lt;p&gt;Both sides said &lt;b&gt;84&lt;/b&gt; soldiers came home.&lt;/p&gt;&lt;p&gt;Talks continue &amp;amp; more are expected.&lt;/p&gt;</description>
            </item>
            <item>
              <title>Second item without guid</title>
              <link>https://news.example/world/second?fbclid=abc</link>
              <pubDate>Fri, 20 Nov 2026 07:00:00 GMT</pubDate>
              <description>Plain text.</description>
              <content:encoded><![CDATA[<div>Full text<br/>on two lines</div>]]></content:encoded>
            </item>
          </channel>
        </rss>
        """;

    public const string Rdf = """
        <?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel rdf:about="https://rdf.example/">
            <title>RDF site</title>
          </channel>
          <item rdf:about="https://rdf.example/a/1">
            <title>Обмен пленными</title>
            <link>https://rdf.example/a/1</link>
            <description>Из плена возвращены 50 военнослужащих.</description>
            <dc:date>2026-11-21T08:00:00+03:00</dc:date>
            <dc:language>ru</dc:language>
          </item>
        </rdf:RDF>
        """;

    public const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="uk">
          <title>Омбудсман</title>
          <id>urn:example:ombudsman</id>
          <entry>
            <id>urn:example:ombudsman:1</id>
            <title type="html">Повернули &lt;i&gt;додому&lt;/i&gt; 120 захисників</title>
            <link rel="alternate" href="https://ombudsman.example/news/1"/>
            <link rel="enclosure" href="https://ombudsman.example/photo.jpg"/>
            <published>2026-11-22T12:00:00Z</published>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Перший абзац.</p><p>Другий абзац.</p></div></content>
          </entry>
          <entry>
            <id>urn:example:ombudsman:2</id>
            <title>Summary only</title>
            <link href="https://ombudsman.example/news/2"/>
            <updated>2026-11-22T13:00:00Z</updated>
            <summary>Short summary</summary>
          </entry>
        </feed>
        """;

    public const string JsonFeed = """
        {
          "version": "https://jsonfeed.org/version/1.1",
          "title": "JSON outlet",
          "language": "en",
          "items": [
            { "id": "j1", "url": "https://json.example/1", "title": "Exchange <announced>", "content_html": "<p>One</p><p>Two</p>", "date_published": "2026-11-23T09:00:00Z" },
            { "id": "j2", "url": "https://json.example/2", "title": "Text only", "content_text": "a < b & c" }
          ]
        }
        """;

    public const string Gdelt = """
        {"articles": [
          {"url": "https://outlet.example/pow-swap", "url_mobile": "", "title": "Ukraine and Russia swap prisoners", "seendate": "20261124T061500Z", "socialimage": "", "domain": "outlet.example", "language": "English", "sourcecountry": "United Kingdom"},
          {"url": "https://outlet.example/ru-swap", "url_mobile": "", "title": "Обмен пленными", "seendate": "20261124T071500Z", "socialimage": "", "domain": "outlet.example", "language": "Russian", "sourcecountry": "Russia"}
        ]}
        """;

    public const string Malformed = """
        <?xml version="1.0"?>
        <rss version="2.0"><channel><item><title>Unclosed & broken</title></channel></rss>
        """;

    public const string ExternalEntity = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
        <rss version="2.0"><channel><item><title>&xxe;</title></item></channel></rss>
        """;

    public const string EntityExpansion = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [ <!ENTITY lol "lol"> <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"> ]>
        <rss version="2.0"><channel><item><title>&lol2;</title></item></channel></rss>
        """;

    /// <summary>A Russian RSS feed, to be served in windows-1251 or KOI8-R.</summary>
    public const string CyrillicTitle = "Состоялся обмен военнопленными: 95 на 95";

    public static string CyrillicRss(string? declaredEncoding) => $"""
        <?xml version="1.0"{(declaredEncoding is null ? "" : $" encoding=\"{declaredEncoding}\"")}?>
        <rss version="2.0"><channel><title>Новости</title>
          <item><title>{CyrillicTitle}</title><link>https://ru.example/1</link>
          <description>Российские военнослужащие возвращены с территории, подконтрольной киевскому режиму. Посредничество оказали Объединённые Арабские Эмираты.</description></item>
        </channel></rss>
        """;

    public static byte[] Encode(string text, string charset)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(charset).GetBytes(text);
    }

    public const string HtmlPage = """
        <!DOCTYPE html>
        <html lang="uk"><head><meta charset="utf-8"><title>Новини</title></head>
        <body>
          <ul class="news">
            <li class="news-item">
              <a class="news-title" href="/news/obmin-1?utm_campaign=x">Обмін полоненими&nbsp;— повернулися 60 оборонців</a>
              <span class="news-date">22.11.2026</span>
              <div class="news-lead"><p>Додому повернулися 60 захисників.</p><script>track()</script></div>
            </li>
            <li class="news-item">
              <a class="news-title" href="https://site.example/news/2">Інша новина</a>
              <time class="news-date" datetime="2026-11-21T10:00:00+02:00">21 листопада</time>
            </li>
            <li class="news-item"><span>no title, no link</span></li>
          </ul>
        </body></html>
        """;

    public static HtmlSelectors HtmlPageSelectors => new("li.news-item", "a.news-title", "a.news-title", ".news-date", ".news-lead");

    /// <summary>A t.me/s page modelled on the real markup: a reply, a photo-only post and text posts.</summary>
    public const string TelegramPage = """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Координаційний штаб – Telegram</title></head>
        <body class="widget_frame_base tgme_webpage"><main class="tgme_main"><section class="tgme_channel_history js-message_history">
        <div class="tgme_widget_message_service_date_wrap"><div class="tgme_widget_message_service_date">November 20</div></div>
        <div class="tgme_widget_message_wrap js-widget_message_wrap">
          <div class="tgme_widget_message text_not_supported_wrap js-widget_message" data-post="koordshtab/1001" data-view="eyJjIjotMX0">
            <div class="tgme_widget_message_user"><a href="https://t.me/koordshtab"><i class="tgme_widget_message_user_photo bgcolor0"></i></a></div>
            <div class="tgme_widget_message_bubble">
              <div class="tgme_widget_message_author accent_color"><a class="tgme_widget_message_owner_name" href="https://t.me/koordshtab"><span dir="auto">Координаційний штаб</span></a></div>
              <div class="tgme_widget_message_text js-message_text" dir="auto">🇺🇦 <b>Повернули додому 73 захисників!</b><br/><br/>Це вже 60-й обмін.<br/>Дякуємо партнерам &amp; посередникам.</div>
              <div class="tgme_widget_message_footer compact js-message_footer"><div class="tgme_widget_message_info short js-message_info">
                <span class="tgme_widget_message_views">41.2K</span><span class="copyonclick">views</span>
                <span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" href="https://t.me/koordshtab/1001"><time datetime="2026-11-20T09:15:00+00:00" class="time">09:15</time></a></span>
              </div></div>
            </div>
          </div>
        </div>
        <div class="tgme_widget_message_wrap js-widget_message_wrap">
          <div class="tgme_widget_message js-widget_message" data-post="koordshtab/1002" data-view="eyJjIjotMn0">
            <div class="tgme_widget_message_bubble">
              <a class="tgme_widget_message_photo_wrap" href="https://t.me/koordshtab/1002" style="background-image:url('x.jpg')"></a>
              <div class="tgme_widget_message_footer compact js-message_footer"><div class="tgme_widget_message_info short js-message_info">
                <span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" href="https://t.me/koordshtab/1002"><time datetime="2026-11-20T09:20:00+00:00" class="time">09:20</time></a></span>
              </div></div>
            </div>
          </div>
        </div>
        <div class="tgme_widget_message_wrap js-widget_message_wrap">
          <div class="tgme_widget_message js-widget_message" data-post="koordshtab/1003" data-view="eyJjIjotM30">
            <div class="tgme_widget_message_bubble">
              <a class="tgme_widget_message_reply" href="https://t.me/koordshtab/1001"><div class="tgme_widget_message_author accent_color"><span class="tgme_widget_message_author_name">Координаційний штаб</span></div><div class="tgme_widget_message_text js-message_reply_text" dir="auto">Повернули додому 73 захисників!</div></a>
              <div class="tgme_widget_message_text js-message_text" dir="auto">Уточнення: повернулися 75 захисників.</div>
              <div class="tgme_widget_message_footer compact js-message_footer"><div class="tgme_widget_message_info short js-message_info">
                <span class="tgme_widget_message_meta"><span class="tgme_widget_message_meta">edited</span><a class="tgme_widget_message_date" href="https://t.me/koordshtab/1003"><time datetime="2026-11-20T11:00:00+00:00" class="time">11:00</time></a></span>
              </div></div>
            </div>
          </div>
        </div>
        </section></main></body></html>
        """;

    /// <summary>A t.me/s page of text posts numbered first..last (oldest first, as Telegram shows them).</summary>
    public static string TelegramPosts(string channel, long first, long last)
    {
        var html = new StringBuilder("<html><body><section class=\"tgme_channel_history js-message_history\">");
        for (var n = first; n <= last; n++)
        {
            var time = new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero).AddMinutes(n).ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);
            html.Append(CultureInfo.InvariantCulture, $"""
                <div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message js-widget_message" data-post="{channel}/{n}">
                <div class="tgme_widget_message_text js-message_text" dir="auto">Post {n}</div>
                <span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" href="https://t.me/{channel}/{n}"><time datetime="{time}" class="time">x</time></a></span>
                </div></div>
                """);
        }

        return html.Append("</section></body></html>").ToString();
    }
}
