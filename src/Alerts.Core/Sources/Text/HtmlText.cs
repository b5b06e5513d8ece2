using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Alerts.Core.Sources.Text;

/// <summary>
/// HTML to plain text for detection: tags dropped, entities decoded (by a real HTML parser,
/// AngleSharp), scripts and styles skipped, each paragraph, list item or line break on its own
/// line, runs of spaces collapsed.
/// </summary>
public static class HtmlText
{
    /// <summary>One parser per thread: parsers are reusable, and this keeps them off the hot path.</summary>
    [ThreadStatic]
    private static HtmlParser? t_parser;

    [ThreadStatic]
    private static IElement? t_context;

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "head", "iframe", "svg",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "table",
        "section", "article", "header", "footer", "aside", "figure", "figcaption", "dd", "dt", "dl", "hr", "main", "nav",
    };

    /// <summary>Plain text of an HTML fragment (or of text that merely might contain markup).</summary>
    public static string ToText(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return "";
        }

        if (!html.Contains('<', StringComparison.Ordinal) && !html.Contains('&', StringComparison.Ordinal))
        {
            return Tidy(html);
        }

        // A fragment parsed in the context of one reused <body> costs far less than a document each time.
        t_parser ??= new HtmlParser();
        t_context ??= t_parser.ParseDocument("").Body!;
        var text = new StringBuilder();
        foreach (var node in t_parser.ParseFragment(html, t_context))
        {
            Append(node, text, self: true);
        }

        return Tidy(text.ToString());
    }

    /// <summary>Plain text of a parsed node.</summary>
    public static string ToText(INode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var text = new StringBuilder();
        Append(node, text);
        return Tidy(text.ToString());
    }

    private static void Append(INode node, StringBuilder text, bool self = false)
    {
        if (!self)
        {
            foreach (var child in node.ChildNodes)
            {
                Append(child, text, self: true);
            }

            return;
        }

        switch (node)
        {
            case IText t:
                text.Append(t.Data);
                break;
            case IElement e when Skipped.Contains(e.LocalName):
                break;
            case IElement e when e.LocalName.Equals("br", StringComparison.OrdinalIgnoreCase):
                text.Append('\n');
                break;
            case IElement e when Blocks.Contains(e.LocalName):
                text.Append('\n');
                Append(e, text);
                text.Append('\n');
                break;
            case IElement e:
                Append(e, text);
                break;
        }
    }

    /// <summary>Collapses spaces within lines, trims lines and drops empty ones.</summary>
    private static string Tidy(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var rawLine in text.Split('\n'))
        {
            var line = CollapseSpaces(rawLine);
            if (line.Length == 0)
            {
                continue;
            }

            if (result.Length > 0)
            {
                result.Append('\n');
            }

            result.Append(line);
        }

        return result.ToString();
    }

    private static string CollapseSpaces(string line)
    {
        var result = new StringBuilder(line.Length);
        var pendingSpace = false;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B')
            {
                pendingSpace = result.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                result.Append(' ');
                pendingSpace = false;
            }

            result.Append(c);
        }

        return result.ToString();
    }
}
