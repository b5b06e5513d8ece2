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

        var document = new HtmlParser().ParseDocument(html);
        return ToText(document.Body ?? (INode)document);
    }

    /// <summary>Plain text of a parsed node.</summary>
    public static string ToText(INode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var text = new StringBuilder();
        Append(node, text);
        return Tidy(text.ToString());
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
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
