using System.CommandLine;
using Alerts.Core.Sources;

namespace Alerts.Cli.Sources;

/// <summary>The options that describe how to read a source, shared by <c>add</c> and <c>preview</c>.</summary>
internal sealed class SourceDefinitionOptions
{
    private readonly Option<string?> _kind = new("--kind") { Description = "feed, telegram or html (default: telegram for t.me, html when selectors are given, else feed)." };
    private readonly Option<string?> _language = new("--language") { Description = "en, ru or uk when the source writes in one language." };
    private readonly Option<string?> _charset = new("--charset") { Description = "Charset to use instead of what the server says (e.g. windows-1251)." };
    private readonly Option<TimeSpan?> _interval = new("--interval") { Description = "Poll interval (e.g. 00:05:00); default Polling:DefaultInterval." };
    private readonly Option<bool> _allowPrivate = new("--allow-private-network") { Description = "Let this source reach loopback and private addresses (local testing only)." };
    private readonly Option<string?> _item = new("--item") { Description = "html: CSS selector of each item." };
    private readonly Option<string?> _title = new("--title") { Description = "html: CSS selector of the title within an item." };
    private readonly Option<string?> _link = new("--link") { Description = "html: CSS selector of the link within an item." };
    private readonly Option<string?> _date = new("--date") { Description = "html: CSS selector of the date within an item." };
    private readonly Option<string?> _text = new("--text") { Description = "html: CSS selector of the text within an item." };

    public void AddTo(Command command, bool withInterval)
    {
        _kind.AcceptOnlyFromAmong("feed", "telegram", "html");
        command.Options.Add(_kind);
        command.Options.Add(_language);
        command.Options.Add(_charset);
        if (withInterval)
        {
            command.Options.Add(_interval);
            command.Options.Add(_allowPrivate);
        }

        foreach (var selector in new[] { _item, _title, _link, _date, _text })
        {
            command.Options.Add(selector);
        }
    }

    public SourceKind? Kind(ParseResult parse) => parse.GetValue(_kind) switch
    {
        "feed" => SourceKind.Feed,
        "telegram" => SourceKind.Telegram,
        "html" => SourceKind.Html,
        _ => null,
    };

    public Source Source(ParseResult parse, string id, string url, string? name)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var selectors = parse.GetValue(_item) is { } item
            ? new HtmlSelectors(item, parse.GetValue(_title) ?? "a", parse.GetValue(_link) ?? "a", parse.GetValue(_date), parse.GetValue(_text))
            : null;
        var kind = Kind(parse) ?? (Uri.TryCreate(url, UriKind.Absolute, out var parsed) ? SourcePreview.GuessKind(parsed, selectors) : SourceKind.Feed);
        return new Source
        {
            Id = id,
            Name = name ?? "",
            Kind = kind,
            Url = url,
            Language = parse.GetValue(_language),
            Charset = parse.GetValue(_charset),
            Interval = parse.GetValue(_interval),
            Selectors = selectors,
            AllowPrivateNetwork = parse.GetValue(_allowPrivate),
        };
    }
}
