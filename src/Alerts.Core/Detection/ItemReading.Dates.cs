using Alerts.Core.Detection.Rules;

namespace Alerts.Core.Detection;

/// <summary>The days an item names: recent or old, what they date, and the day of its exchange.</summary>
internal sealed partial class ItemReading
{
    /// <summary>The longest place name a dateline opens with ("KYIV/MOSCOW", "ABU DHABI").</summary>
    private const int MaxDatelinePlace = 32;

    /// <summary>
    /// The exchange's day: the first day named in the sentences of its counts, then of its wording, then the headline
    /// and the other current sentences; the published date when the text names none.
    /// </summary>
    private (DateOnly Date, bool Stated) ExchangeDate(List<int> anchors, PartyCounts returned)
    {
        var candidates = anchors.Append(0).Concat(Enumerable.Range(0, sentences.Count).Where(s => Classify(s) == SentenceKind.Current));
        foreach (var s in candidates)
        {
            if (Classify(s) != SentenceKind.Current)
            {
                continue;
            }

            // "Вчора — 120, сьогодні — 100": of two days in one sentence, the one next to the headline count.
            var days = DatesIn(s).Where(d => !d.MonthOnly && d.Date.DayNumber <= published.DayNumber + 1 && !AfterAgreement(Range(s), d.Index) && !AfterCollapse(Range(s), d.Index) && !Since(d)).ToList();
            if (days.Count > 1)
            {
                // "KYIV, July 5 - … on Sunday": the dateline says when the story was filed, the weekday when the swap was.
                days.RemoveAll(d => Dateline(d, s));
            }

            if (days.Count > 0)
            {
                var d = days.MinBy(d => DistanceToCount(d, s, returned));
                evidence.Add($"date {d.Date:yyyy-MM-dd} from \"{text.Substring(d.Index, d.Length)}\"");
                return (d.Date, true);
            }
        }

        evidence.Add($"date {published:yyyy-MM-dd}: the published date (no date in the text)");
        return (published, false);
    }

    /// <summary>A month and day open the sentence after a place and a comma, and a dash or "(Wire)" follows: "KYIV, July 5 -".</summary>
    private bool Dateline(DateMention d, int s)
    {
        var before = text.AsSpan(sentences[s].Start, d.Index - sentences[s].Start).TrimEnd(' ');
        var after = text.AsSpan(d.Index + d.Length, sentences[s].End - d.Index - d.Length);
        return before.Length <= MaxDatelinePlace && before.EndsWith(',') && before.IndexOfAnyInRange('0', '9') < 0
            && text.AsSpan(d.Index, d.Length).IndexOfAnyInRange('0', '9') >= 0
            && (after.StartsWith(" - ", StringComparison.Ordinal) || after.StartsWith(" (", StringComparison.Ordinal));
    }

    /// <summary>How far the day is from a number in its sentence that is one of the exchange's counts (none: as far as can be).</summary>
    private int DistanceToCount(DateMention d, int s, PartyCounts returned)
    {
        var nearest = int.MaxValue;
        var sentence = sentences[s];
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            if (!char.IsAsciiDigit(text[i]) || (i > sentence.Start && char.IsLetterOrDigit(text[i - 1])))
            {
                continue;
            }

            var end = i;
            while (end < sentence.End && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            if (end - i <= 7 && int.Parse(text.AsSpan(i, end - i), System.Globalization.CultureInfo.InvariantCulture) is var value
                && (value == returned.RU || value == returned.UA))
            {
                nearest = Math.Min(nearest, Math.Abs(i - d.Index));
            }

            i = end;
        }

        return nearest;
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
            if (tags.All(RuleBook.Cumulative).Exists(c => c.From <= d.Index && d.Index < c.To))
            {
                // "since February 2022" starts a total; it does not date an earlier exchange.
                continue;
            }

            if (AfterCapture(Range(s), d.Index))
            {
                // "прикордонник, який потрапив у полон навесні 2046 року": the date of a capture, not of an earlier exchange.
                continue;
            }

            var old = d.MonthOnly
                ? d.Date.Year * 12 + d.Date.Month < published.Year * 12 + published.Month
                : d.Date.DayNumber < published.DayNumber - 3;
            if (old && !(BoundsTotal(d) && tags.Any(RuleBook.Cumulative, Range(s))) && !AfterAgreement(Range(s), d.Index) && !AfterCollapse(Range(s), d.Index)
                && !(Since(d) && found.Exists(r => !r.MonthOnly && r.Date.DayNumber >= published.DayNumber - 3)))
            {
                return text.Substring(d.Index, d.Length);
            }
        }

        return null;
    }

    /// <summary>
    /// "The exchange agreed at talks in Istanbul on June 21", "обмін, про який домовилися минулого тижня": the
    /// time right after agreement wording dates the deal, not an earlier exchange.
    /// </summary>
    private bool AfterAgreement(TextRange sentence, int at) =>
        tags.All(RuleBook.Agreement).Exists(a => a.From >= sentence.From && a.To <= at && at - a.To <= 48
            && !(allDates ?? []).Exists(d => d.Index >= a.To && d.Index < at));

    /// <summary>"Після зриву в п'ятницю обмін таки відбувся", "the exchange that collapsed on Friday has now gone ahead": the day of the collapse.</summary>
    private bool AfterCollapse(TextRange sentence, int at) =>
        tags.All(RuleBook.VetoedEarlier).Exists(v => v.From >= sentence.From && v.To <= at && at - v.To <= 4);

    /// <summary>"який потрапив у полон навесні 2046 року", "captured in March 2044": the time right after capture wording dates the capture.</summary>
    private bool AfterCapture(TextRange sentence, int at) =>
        tags.All(RuleBook.Captures).Exists(c => c.From >= sentence.From && c.To <= at && at - c.To <= 30 && !text.AsSpan(c.To, at - c.To).ContainsAny(",;"));

    /// <summary>Every match of the rule in the span starts where <paramref name="datesSomethingElse"/> holds (after agreement wording, capture wording…).</summary>
    private bool OnlyWhere(RuleSet rule, TextRange span, Func<int, bool> datesSomethingElse) =>
        tags.All(rule).TrueForAll(r => r.To <= span.From || r.From >= span.To || datesSomethingElse(r.From));

    /// <summary>
    /// "the first such swap since April", "the first since a large swap in August" beside "on Sunday": a month
    /// named after "since" measures a gap, it dates nothing told.
    /// </summary>
    private bool Since(DateMention d)
    {
        var word = text.AsSpan(d.Index, d.Length);
        var space = word.IndexOf(' ');
        if (space > 0 && DateResolver.IsSince(word[..space]))
        {
            return true;
        }

        return tags.All(RuleBook.FirstSince).Exists(f => f.To <= d.Index && d.Index - f.To <= MaxSinceToDate && !text.AsSpan(f.To, d.Index - f.To).ContainsAny(",.;:"));
    }

    private const int MaxSinceToDate = 60;

    /// <summary>"с 24 февраля 2022 года", "станом на 15 листопада": the date bounds the period of a total, it dates no earlier event.</summary>
    private bool BoundsTotal(DateMention d)
    {
        var end = d.Index;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return (text.AsSpan(start, end - start) is var word && (DateResolver.IsSince(word) || word is "на")) || AfterSinceCue(d.Index);
    }

    /// <summary>"since the full-scale invasion began in February 2022", "з початку вторгнення у 2022 році": the date ends a period's start.</summary>
    private bool AfterSinceCue(int at) =>
        tags.All(RuleBook.Cumulative).Exists(c => c.To <= at && at - c.To <= 32
            && DateResolver.IsSince(text.AsSpan(c.From, c.To - c.From) is var cue && cue.IndexOf(' ') is var space and > 0 ? cue[..space] : cue)
            && !text.AsSpan(c.To, at - c.To).ContainsAny(",.;:0123456789"));

    /// <summary>The dates named in the sentence (the whole text is read for dates once).</summary>
    private List<DateMention> DatesIn(int s)
    {
        if (allDates is null)
        {
            allDates = [];
            DateResolver.Find(text, 0, text.Length, published, allDates);
        }

        dates.Clear();
        foreach (var d in allDates)
        {
            if (d.Index >= sentences[s].Start && d.Index < sentences[s].End)
            {
                dates.Add(d);
            }
        }

        return dates;
    }
}
