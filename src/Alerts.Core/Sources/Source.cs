using System.Text.Json.Serialization;

namespace Alerts.Core.Sources;

/// <summary>How a source is read.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SourceKind>))]
public enum SourceKind
{
    /// <summary>RSS, RDF, Atom or JSON Feed, recognised from the content.</summary>
    Feed,

    /// <summary>A public Telegram channel through its web preview (t.me/s/name).</summary>
    Telegram,

    /// <summary>A page without a feed, read with CSS selectors.</summary>
    Html,

    /// <summary>The bundled offline demo: replays sample reports, no network.</summary>
    Demo,
}

/// <summary>A news source the timer polls.</summary>
public sealed record Source
{
    public required string Id { get; init; }

    public string Name { get; init; } = "";

    public required SourceKind Kind { get; init; }

    public required string Url { get; init; }

    /// <summary>"en", "ru" or "uk" when the source writes in one language.</summary>
    public string? Language { get; init; }

    /// <summary>How often to poll; null uses <see cref="PollingOptions.DefaultInterval"/>.</summary>
    public TimeSpan? Interval { get; init; }

    public bool Enabled { get; init; } = true;

    /// <summary>Charset to use instead of what the server says (e.g. "windows-1251").</summary>
    public string? Charset { get; init; }

    /// <summary>CSS selectors for <see cref="SourceKind.Html"/> sources.</summary>
    public HtmlSelectors? Selectors { get; init; }

    /// <summary>Lets this source reach loopback and private addresses (local testing only).</summary>
    public bool AllowPrivateNetwork { get; init; }
}

/// <summary>CSS selectors that find items on a page without a feed.</summary>
public sealed record HtmlSelectors(string Item, string Title, string Link, string? Date = null, string? Text = null);
