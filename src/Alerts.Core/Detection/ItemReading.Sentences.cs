using System.Text.RegularExpressions;
using Alerts.Core.Detection.Rules;

namespace Alerts.Core.Detection;

/// <summary>What each sentence says: current, future, vetoed, bodies, recap, total, another conflict.</summary>
internal sealed partial class ItemReading
{
    /// <summary>What the sentence says, read once: other conflict, vetoed, bodies, future, recap or current.</summary>
    private SentenceKind Classify(int s)
    {
        if (kinds[s] != SentenceKind.Unread)
        {
            return kinds[s];
        }

        var span = Span(s);
        var (kind, reason) =
            First(RuleBook.OtherConflicts, span) is { } other && !RuleBook.WarContext.IsMatch(span) ? (SentenceKind.OtherConflict, other)
            : First(RuleBook.Vetoed, span) is { } vetoed ? (SentenceKind.Vetoed, vetoed)
            : First(RuleBook.Bodies, span) is { } bodies && !LivingPrisoners().IsMatch(span) ? (SentenceKind.Bodies, bodies)
            : First(RuleBook.Future, span) is { } future && !RuleBook.Completed.IsMatch(span) ? (SentenceKind.Future, future)
            : First(RuleBook.Recap, span) is { } recap && !RecentDate(s) ? (SentenceKind.Recap, recap)
            : OldDate(s) is { } old ? (SentenceKind.Recap, old)
            : First(RuleBook.Cumulative, span) is { } total && OnlyTotals(s) ? (SentenceKind.Total, total)
            : (SentenceKind.Current, null);
        kinds[s] = kind;
        reasons[s] = reason;
        return kind;
    }

    /// <summary>Every count in the sentence is a cumulative total (or there is none).</summary>
    private bool OnlyTotals(int s)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Sentence == s && !RuleBook.Cumulative.IsMatch(Context(i)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The sentence dates what it tells to the last few days ("on Sunday", "today"), and names no older date.</summary>
    private bool RecentDate(int s) =>
        OldDate(s) is null && DatesIn(s).Exists(d => !d.MonthOnly && d.Date.DayNumber >= published.DayNumber - 3);

    /// <summary>A date in the sentence that is days before publication (or a month before this one).</summary>
    private string? OldDate(int s)
    {
        var found = DatesIn(s);
        foreach (var d in found)
        {
            var old = d.MonthOnly
                ? d.Date.Year * 12 + d.Date.Month < published.Year * 12 + published.Month
                : d.Date.DayNumber < published.DayNumber - 3;
            if (old)
            {
                return text.Substring(d.Index, d.Length);
            }
        }

        return null;
    }

    private List<DateMention> DatesIn(int s)
    {
        dates.Clear();
        DateResolver.Find(text, sentences[s].Start, sentences[s].End, published, dates);
        return dates;
    }

    private List<int> SentencesMatching(Regex pattern, out Dictionary<int, string> at)
    {
        var found = new List<int>();
        at = [];
        foreach (var match in pattern.EnumerateMatches(text))
        {
            var s = SentenceOf(match.Index);
            if (s >= 0 && !at.ContainsKey(s))
            {
                found.Add(s);
                at[s] = text.Substring(match.Index, match.Length);
            }
        }

        return found;
    }

    private int SentenceOf(int index)
    {
        int lo = 0, hi = sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (index < sentences[mid].Start)
            {
                hi = mid - 1;
            }
            else if (index >= sentences[mid].End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    private ReadOnlySpan<char> Span(int s) => text.AsSpan(sentences[s].Start, sentences[s].Length);

    private static string? First(Regex pattern, ReadOnlySpan<char> span)
    {
        foreach (var match in pattern.EnumerateMatches(span))
        {
            return span.Slice(match.Index, match.Length).ToString();
        }

        return null;
    }

    private static string Describe(SentenceKind kind) => kind switch
    {
        SentenceKind.OtherConflict => "a swap of another conflict",
        SentenceKind.Vetoed => "proposal, list, postponed or cancelled",
        SentenceKind.Bodies => "repatriation of bodies",
        SentenceKind.Future => "future or talks",
        SentenceKind.Recap => "recap of an earlier exchange",
        SentenceKind.Total => "cumulative total",
        _ => kind.ToString(),
    };

    [GeneratedRegex(@"\b(?:prisoners|pows|captivity|captives|плен\w*|пленн\w*|полон\w*|полонен\w*)")]
    private static partial Regex LivingPrisoners();
}
