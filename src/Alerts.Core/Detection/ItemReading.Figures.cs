using System.Globalization;
using Alerts.Core.Detection.Rules;

namespace Alerts.Core.Detection;

/// <summary>Figures told against another: one that refers back to the figure before it, one dated in an earlier year, a running total since a start, a count before a dash.</summary>
internal sealed partial class ItemReading
{
    /// <summary>The count's context widened to the sentence before, when the count's own wording only refers back to that sentence's figure.</summary>
    private TextRange? ReferredBack(int s, TextRange context) =>
        s > 0 && !Asks(s - 1) && tags.Any(RuleBook.FigureReference, context) && !tags.Any(RuleBook.Held, context) && !tags.Any(RuleBook.Returned, context)
        && (tags.Any(RuleBook.Held, Range(s - 1)) || tags.Any(RuleBook.Returned, Range(s - 1)))
            ? new TextRange(sentences[s - 1].Start, context.To) : null;

    /// <summary>
    /// A year before the year of publication that dates what the sentence tells ("by 2069", "на початку 2070 року"),
    /// not a count, the start of a period ("since 2022", "з лютого 2022 року") nor a capture ("captured in 2069").
    /// </summary>
    private int? PastYear(int s)
    {
        var sentence = sentences[s];
        for (var at = sentence.Start; at + 4 <= sentence.End; at++)
        {
            if (!char.IsAsciiDigit(text[at]) || (at > 0 && char.IsLetterOrDigit(text[at - 1])) || (at + 4 < text.Length && char.IsLetterOrDigit(text[at + 4]))
                || !int.TryParse(text.AsSpan(at, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1900 || year >= published.Year)
            {
                continue;
            }

            // A year after total wording in the sentence starts the total's period ("since the start of the invasion in February 2022").
            if (!mentions.Exists(x => x.Mention.Start == at) && !SinceBefore(sentence.Start, at) && !AfterCapture(Range(s), at)
                && !tags.All(RuleBook.Cumulative).Exists(c => c.From >= sentence.Start && c.From < at))
            {
                return year;
            }
        }

        return null;
    }

    /// <summary>"since 2022", "з лютого 2022 року", "с 24 февраля 2022": a since-word within the three words before.</summary>
    private bool SinceBefore(int from, int at)
    {
        var end = at;
        for (var n = 0; n < 3 && end > from; n++)
        {
            while (end > from && !char.IsLetterOrDigit(text[end - 1]))
            {
                end--;
            }

            var start = end;
            while (start > from && char.IsLetterOrDigit(text[start - 1]))
            {
                start--;
            }

            if (DateResolver.IsSince(text.AsSpan(start, end - start)))
            {
                return true;
            }

            end = start;
        }

        return false;
    }

    /// <summary>"brings the number of Ukrainians freed since 2022 to 6,687": a running total since a year or the war's start, not a deal's.</summary>
    private bool SinceStart(TextRange context) =>
        tags.All(RuleBook.Cumulative).Exists(c => c.From >= context.From && c.To <= context.To && DateResolver.IsSince(FirstWordAt(c.From, c.To)));

    /// <summary>Wording of the rule starts right at the position (the predicate of a count before a dash).</summary>
    private bool PredicateAt(RuleSet rule, int at) => tags.All(rule).Exists(h => h.From >= at && h.From <= at + MaxPredicateStart);

    /// <summary>The word that starts at the position, up to the limit.</summary>
    private ReadOnlySpan<char> FirstWordAt(int at, int to)
    {
        var end = at;
        while (end < to && char.IsLetter(text[end]))
        {
            end++;
        }

        return text.AsSpan(at, end - at);
    }
}
