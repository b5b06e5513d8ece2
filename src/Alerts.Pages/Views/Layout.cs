using Alerts.Pages.Assets;
using Alerts.Pages.Markup;
using Alerts.Pages.Text;

namespace Alerts.Pages.Views;

/// <summary>The frame of every page: language, title, stylesheet, language switch, skip link, footer.</summary>
public static class Layout
{
    private static readonly (string Code, string Name)[] LanguageNames = [("en", "English"), ("uk", "Українська"), ("ru", "Русский")];

    public static Html Page(PageText text, string title, Html main)
    {
        ArgumentNullException.ThrowIfNull(text);
        var languages = LanguageNames.Select(l => l.Code == text.Language
            ? Html.Of($"<li><a href=\"?lang={l.Code}\" hreflang=\"{l.Code}\" lang=\"{l.Code}\" aria-current=\"page\">{l.Name}</a></li>")
            : Html.Of($"<li><a href=\"?lang={l.Code}\" hreflang=\"{l.Code}\" lang=\"{l.Code}\">{l.Name}</a></li>"));
        var fullTitle = title == text["site.title"] ? title : $"{title} · {text["site.title"]}";
        return Html.Of($"""
            <!doctype html>
            <html lang="{text.Language}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{fullTitle}</title>
            <link rel="stylesheet" href="{PageAssets.StylesheetPath}">
            <link rel="alternate" type="application/atom+xml" title="{text["data.atom"]}" href="/api/alerts.atom">
            </head>
            <body>
            <a class="skip" href="#main">{text["skip"]}</a>
            <header class="site">
            <a class="brand" href="/?lang={text.Language}">{text["site.title"]}</a>
            <nav aria-label="{text["lang.label"]}"><ul class="langs">{languages}</ul></nav>
            </header>
            <main id="main" tabindex="-1">
            {main}
            </main>
            <footer class="site"><p>{text["footer"]}</p></footer>
            </body>
            </html>
            """);
    }

    /// <summary>A short page: a heading, a message and what to do next.</summary>
    public static Html Message(PageText text, string title, Html body)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Page(text, title, Html.Of($"""
            <h1>{title}</h1>
            {body}
            <p><a href="/?lang={text.Language}">{text["back"]}</a></p>
            """));
    }
}
