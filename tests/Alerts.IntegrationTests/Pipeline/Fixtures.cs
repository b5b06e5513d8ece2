namespace Alerts.IntegrationTests.Pipeline;

/// <summary>Feed fixtures written for these tests (not copied from any publication).</summary>
internal static class Fixtures
{
    public const string ExchangeTitle = "Russia and Ukraine swap 146 prisoners each";

    /// <summary>An RSS 2.0 feed: one exchange report (146 to each side, UAE-mediated, via Belarus) and one hard negative.</summary>
    public const string ExchangeFeed = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0">
          <channel>
            <title>Loopback Wire</title>
            <link>https://wire.example/</link>
            <description>Test feed</description>
            <item>
              <title>Russia and Ukraine swap 146 prisoners each</title>
              <link>https://wire.example/2026/11/21/swap?utm_source=rss</link>
              <guid>wire-2026-11-21-swap</guid>
              <pubDate>Sat, 21 Nov 2026 18:00:00 GMT</pubDate>
              <description>&lt;p&gt;Russia and Ukraine exchanged prisoners of war on Saturday, with 146 servicemen returned to each side.&lt;/p&gt;&lt;p&gt;The swap was mediated by the United Arab Emirates. The Russian soldiers were first taken to Belarus for medical care.&lt;/p&gt;</description>
            </item>
            <item>
              <title>Heavy exchange of fire near the border</title>
              <link>https://wire.example/2026/11/21/fire</link>
              <guid>wire-2026-11-21-fire</guid>
              <pubDate>Sat, 21 Nov 2026 20:00:00 GMT</pubDate>
              <description>Troops reported an exchange of fire overnight. No prisoners were taken.</description>
            </item>
          </channel>
        </rss>
        """;
}
