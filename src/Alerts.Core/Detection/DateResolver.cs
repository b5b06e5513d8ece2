using System.Globalization;
using System.Text.RegularExpressions;
using Alerts.Core.Detection.Rules;

namespace Alerts.Core.Detection;

/// <summary>A date the text names, resolved against the published date.</summary>
internal readonly record struct DateMention(DateOnly Date, bool MonthOnly, int Index, int Length);

/// <summary>
/// Finds dates in normalized text — "24 августа", "on Sunday", "сьогодні", "yesterday",
/// "24.08.2025", "in May" — and resolves them against the published date.
/// </summary>
internal static class DateResolver
{
    private static readonly Dictionary<string, int> Months = Index(RuleBook.Languages.Select(l => l.Months));
    private static readonly Dictionary<string, int> Weekdays = Index(RuleBook.Languages.Select(l => l.Weekdays));
    private static readonly (Regex Pattern, int DaysAgo)[] Relative =
        [.. RuleBook.Languages.SelectMany(l => l.RelativeDays).Select(r => (new Regex(r.Pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant), r.DaysAgo))];

    private static readonly Regex Pattern = Build();

    /// <summary>The dates named in text[start..end).</summary>
    public static void Find(string text, int start, int end, DateOnly published, List<DateMention> into)
    {
        var span = text.AsSpan(start, end - start);
        foreach (var match in Pattern.EnumerateMatches(span))
        {
            var m = Pattern.Match(text, start + match.Index, match.Length);
            if (Resolve(m, published) is { } mention)
            {
                into.Add(mention with { Index = start + match.Index, Length = match.Length });
            }
        }

        foreach (var (pattern, daysAgo) in Relative)
        {
            foreach (var match in pattern.EnumerateMatches(span))
            {
                into.Add(new DateMention(published.AddDays(-daysAgo), false, start + match.Index, match.Length));
            }
        }

        into.Sort((a, b) => a.Index.CompareTo(b.Index));
    }

    private static DateMention? Resolve(Match m, DateOnly published)
    {
        int? year = m.Groups["y"].Success ? Year(m.Groups["y"].Value) : m.Groups["y2"].Success ? Year(m.Groups["y2"].Value) : null;
        if (m.Groups["d"].Success || m.Groups["d2"].Success)
        {
            var day = int.Parse(m.Groups["d"].Success ? m.Groups["d"].Value : m.Groups["d2"].Value, CultureInfo.InvariantCulture);
            var month = Months[m.Groups["m"].Success ? m.Groups["m"].Value : m.Groups["m2"].Value];
            return Make(year, month, day, published);
        }

        if (m.Groups["nd"].Success)
        {
            return Make(Year(m.Groups["ny"].Value), int.Parse(m.Groups["nm"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["nd"].Value, CultureInfo.InvariantCulture), published);
        }

        if (m.Groups["id"].Success)
        {
            return Make(Year(m.Groups["iy"].Value), int.Parse(m.Groups["im"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["id"].Value, CultureInfo.InvariantCulture), published);
        }

        if (m.Groups["w"].Success)
        {
            var weekday = (DayOfWeek)(Weekdays[m.Groups["w"].Value] % 7);
            var back = ((int)published.DayOfWeek - (int)weekday + 7) % 7;
            return new DateMention(published.AddDays(-back), false, 0, 0);
        }

        var only = Months[m.Groups["m3"].Success ? m.Groups["m3"].Value : m.Groups["m4"].Value];
        var y = m.Groups["y3"].Success ? Year(m.Groups["y3"].Value)
            : m.Groups["y4"].Success ? Year(m.Groups["y4"].Value)
            : only > published.Month ? published.Year - 1 : published.Year;
        return new DateMention(new DateOnly(y, only, 1), true, 0, 0);
    }

    private static DateMention? Make(int? year, int month, int day, DateOnly published)
    {
        if (month is < 1 or > 12 || day < 1 || day > 31)
        {
            return null;
        }

        var y = year ?? published.Year;
        if (day > DateTime.DaysInMonth(y, month))
        {
            return null;
        }

        var date = new DateOnly(y, month, day);
        if (year is null && date.DayNumber > published.DayNumber + 2)
        {
            date = date.AddYears(-1);
        }

        return new DateMention(date, false, 0, 0);
    }

    private static int Year(string digits)
    {
        var y = int.Parse(digits, CultureInfo.InvariantCulture);
        return y < 100 ? 2000 + y : y;
    }

    private static Dictionary<string, int> Index(IEnumerable<string[][]> tables)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            for (var i = 0; i < table.Length; i++)
            {
                foreach (var word in table[i])
                {
                    // Months count from 1; weekdays from Monday = 1 (Sunday = 7, taken modulo 7).
                    index[word] = i + 1;
                }
            }
        }

        return index;
    }

    private static Regex Build()
    {
        var months = string.Join('|', Months.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));
        var weekdays = string.Join('|', Weekdays.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));
        return new Regex(
            $@"\b(?<d>\d{{1,2}}) (?<m>{months})\b(?: (?<y>\d{{4}}))?" +
            $@"|\b(?<m2>{months}) (?<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,? (?<y2>\d{{4}}))?" +
            @"|\b(?<nd>\d{1,2})\.(?<nm>\d{1,2})\.(?<ny>\d{4}|\d{2})\b" +
            @"|\b(?<iy>20\d\d)-(?<im>\d\d)-(?<id>\d\d)\b" +
            $@"|\b(?<w>{weekdays})\b" +
            $@"|\b(?:in|в|во|у) (?<m3>{months})(?: (?<y3>\d{{4}}))?\b(?! \d)" +
            $@"|\b(?<m4>{months}) (?<y4>20\d\d)\b",
            RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
    }
}
