using System.Globalization;
using Alerts.Core.Detection.Rules;
using Alerts.Core.Detection.Text;

namespace Alerts.Core.Detection;

/// <summary>A date the text names, resolved against the published date.</summary>
internal readonly record struct DateMention(DateOnly Date, bool MonthOnly, int Index, int Length);

/// <summary>
/// Finds dates in normalized text — "24 августа", "august 24th", "on Sunday", "сьогодні",
/// "yesterday", "24.08.2025", "in May", "August 2025" — and resolves them against the published
/// date. It reads word by word with table lookups (the month, weekday and relative-day words of
/// <see cref="LanguageRules"/>), so a whole article costs one pass.
/// </summary>
internal static class DateResolver
{
    private static readonly Dictionary<string, int> Months = Index(RuleBook.Languages.Select(l => l.Months));
    private static readonly Dictionary<string, int> Weekdays = Index(RuleBook.Languages.Select(l => l.Weekdays));
    private static readonly (string[] Words, int DaysAgo)[] Relative =
        [.. RuleBook.Languages.SelectMany(l => l.RelativeDays).SelectMany(r => r.Phrases.Select(p => (p.Split(' '), r.DaysAgo)))];

    /// <summary>
    /// The relative-day phrases by their first letter, in table order: a word is only tried against
    /// the few phrases that can start with it.
    /// </summary>
    private static readonly Dictionary<char, (string[] Words, int DaysAgo)[]> RelativeByFirstLetter =
        Relative.GroupBy(r => r.Words[0][0]).ToDictionary(g => g.Key, g => g.ToArray());

    private static readonly string[] LastWeekdayWords = [.. RuleBook.Languages.SelectMany(l => l.LastWeekday)];
    private static readonly HashSet<string> MonthPrepositions = new(RuleBook.Languages.SelectMany(l => l.MonthPrepositions), StringComparer.Ordinal);
    private static readonly (string Stem, int Month)[] MonthAdjectives = [.. Index(RuleBook.Languages.Select(l => l.MonthAdjectives)).Select(p => (p.Key, p.Value))];

    /// <summary>"накануне", "напередодні", and the beginnings of what they can be the eve of (<see cref="EveOfAnEvent"/>).</summary>
    private static readonly HashSet<string> Eves = new(RuleBook.Languages.SelectMany(l => l.EveWords), StringComparer.Ordinal);
    private static readonly string[] EveEvents = [.. RuleBook.Languages.SelectMany(l => l.EveEvents).Distinct(StringComparer.Ordinal)];

    // Alternate lookups are made once: making one per word costs more than the lookup itself.
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MonthWords = Months.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> WeekdayWords = Weekdays.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Prepositions = MonthPrepositions.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EveWords = Eves.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The first letters of every month, weekday and relative-day word: most words are none of them.</summary>
    private static readonly FirstLetters DateWords = new([.. Months.Keys, .. MonthAdjectives.Select(a => a.Stem), .. Weekdays.Keys, .. Relative.Select(r => r.Words[0].TrimEnd('*'))]);

    /// <summary>The dates named in text[start..end), in text order.</summary>
    public static void Find(string text, int start, int end, DateOnly published, List<DateMention> into)
    {
        var tokens = DateTokens.Read(text, start, end);
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var word = text.AsSpan(t.From, t.To - t.From);
            if (t.IsNumber)
            {
                if (Numeric(text, t, published) is { } numeric)
                {
                    into.Add(numeric);
                }
                else if (Joined(text, tokens, i) && MonthWords.TryGetValue(Word(text, tokens[i + 1]), out var month))
                {
                    // "24 августа [2025]"
                    var last = i + 1;
                    int? year = Joined(text, tokens, last) && Year(text, tokens[last + 1]) is { } y ? y : null;
                    last += year is null ? 0 : 1;
                    Add(into, Make(year, month, Number(text, t), published), t.From, tokens[last].To);
                    i = last;
                }

                continue;
            }

            if (!DateWords.MayStart(word))
            {
                continue;
            }

            if (MonthWords.TryGetValue(word, out var m))
            {
                if (Joined(text, tokens, i) && tokens[i + 1].IsNumber && Number(text, tokens[i + 1]) <= 31)
                {
                    // "august 24th[, 2025]"
                    var last = i + 1;
                    if (last + 1 < tokens.Count && !tokens[last + 1].IsNumber && tokens[last + 1].To - tokens[last + 1].From == 2 && tokens[last + 1].From == tokens[last].To)
                    {
                        last++;
                    }

                    int? year = last + 1 < tokens.Count && tokens[last + 1].From - tokens[last].To <= 2 && Year(text, tokens[last + 1]) is { } y ? y : null;
                    last += year is null ? 0 : 1;
                    Add(into, Make(year, m, Number(text, tokens[i + 1]), published), t.From, tokens[last].To);
                    i = last;
                }
                else if (Joined(text, tokens, i) && Year(text, tokens[i + 1]) is { } year)
                {
                    into.Add(new DateMention(new DateOnly(year, m, 1), true, t.From, tokens[i + 1].To - t.From));
                    i++;
                }
                else if (i > 0 && Joined(text, tokens, i - 1) && Prepositions.Contains(Word(text, tokens[i - 1])))
                {
                    var y = m > published.Month ? published.Year - 1 : published.Year;
                    into.Add(new DateMention(new DateOnly(y, m, 1), true, tokens[i - 1].From, t.To - tokens[i - 1].From));
                }

                continue;
            }

            if (MonthOfAdjective(word) is { } ofMonth)
            {
                // "августовского обмена": the month alone.
                into.Add(new DateMention(new DateOnly(ofMonth > published.Month ? published.Year - 1 : published.Year, ofMonth, 1), true, t.From, t.To - t.From));
                continue;
            }

            if (WeekdayWords.TryGetValue(word, out var weekday))
            {
                var back = ((int)published.DayOfWeek - (weekday % 7) + 7) % 7;
                if (back == 0 && AfterLastWeekWord(text, t.From))
                {
                    // "Last Sunday" told on a Sunday: a week ago.
                    back = 7;
                }

                into.Add(new DateMention(published.AddDays(-back), false, t.From, t.To - t.From));
                continue;
            }

            if (RelativeByFirstLetter.TryGetValue(word[0], out var phrases) && RelativeAt(text, tokens, i, phrases) is { } relative)
            {
                into.Add(new DateMention(published.AddDays(-relative.DaysAgo), false, t.From, tokens[relative.Last].To - t.From));
                i = relative.Last;
            }
        }
    }

    /// <summary>"since", "с", "з": a date or year after it measures a time span.</summary>
    public static bool IsSince(ReadOnlySpan<char> word) => word is "since" or "с" or "со" or "з" or "із" or "від";

    private static bool AfterLastWeekWord(string text, int at)
    {
        foreach (var last in LastWeekdayWords)
        {
            var from = at - last.Length;
            if (from >= 0 && (from == 0 || !char.IsLetter(text[from - 1])) && text.AsSpan(from, last.Length).SequenceEqual(last))
            {
                return true;
            }
        }

        return false;
    }

    private static int? MonthOfAdjective(ReadOnlySpan<char> word)
    {
        foreach (var (stem, month) in MonthAdjectives)
        {
            if (word.StartsWith(stem, StringComparison.Ordinal))
            {
                return month;
            }
        }

        return null;
    }

    private static (int DaysAgo, int Last)? RelativeAt(string text, List<DateTokens.Token> tokens, int i, (string[] Words, int DaysAgo)[] phrases)
    {
        foreach (var (words, daysAgo) in phrases)
        {
            var ok = i + words.Length <= tokens.Count;
            for (var w = 0; ok && w < words.Length; w++)
            {
                var token = Word(text, tokens[i + w]);
                var expected = words[w];
                ok = expected.EndsWith('*') ? token.StartsWith(expected.AsSpan(0, expected.Length - 1), StringComparison.Ordinal) : token.SequenceEqual(expected);
                ok &= w == 0 || Joined(text, tokens, i + w - 1);
            }

            if (ok && !EveOfAnEvent(text, tokens, i + words.Length - 1))
            {
                return (daysAgo, i + words.Length - 1);
            }
        }

        return null;
    }

    /// <summary>"накануне Нового года", "напередодні Великодня" (<see cref="LanguageRules.EveWords"/>): the eve of an event, not the day before publication.</summary>
    private static bool EveOfAnEvent(string text, List<DateTokens.Token> tokens, int last)
    {
        var word = Word(text, tokens[last]);
        if (!EveWords.Contains(word) || last + 1 >= tokens.Count || !Joined(text, tokens, last))
        {
            return false;
        }

        var next = Word(text, tokens[last + 1]);
        foreach (var e in EveEvents)
        {
            if (next.StartsWith(e, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"24.08.2025", "2025-08-24".</summary>
    private static DateMention? Numeric(string text, DateTokens.Token t, DateOnly published)
    {
        var rest = text.AsSpan(t.From);
        var length = t.To - t.From;
        if (length <= 2 && rest.Length >= length + 6 && rest[length] == '.')
        {
            var parts = rest[..Math.Min(rest.Length, 10)].ToString().Split('.');
            if (parts.Length >= 3 && parts[1].Length is 1 or 2 && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var month)
                && int.TryParse(parts[2].AsSpan(0, Math.Min(4, parts[2].TakeWhile(char.IsAsciiDigit).Count())), CultureInfo.InvariantCulture, out var year))
            {
                return Make(year < 100 ? 2000 + year : year, month, Number(text, t), published) is { } date ? date with { Index = t.From, Length = 10 } : null;
            }
        }

        if (length == 4 && rest.Length >= 10 && rest[4] == '-' && rest[7] == '-'
            && int.TryParse(rest.Slice(5, 2), CultureInfo.InvariantCulture, out var m) && int.TryParse(rest.Slice(8, 2), CultureInfo.InvariantCulture, out var d))
        {
            return Make(Number(text, t), m, d, published) is { } date ? date with { Index = t.From, Length = 10 } : null;
        }

        return null;
    }

    private static void Add(List<DateMention> into, DateMention? mention, int from, int to)
    {
        if (mention is { } found)
        {
            into.Add(found with { Index = from, Length = to - from });
        }
    }

    private static DateMention? Make(int? year, int month, int day, DateOnly published)
    {
        if (month is < 1 or > 12 || day < 1)
        {
            return null;
        }

        var y = year ?? published.Year;
        if (y is < 1990 or > 2100 || day > DateTime.DaysInMonth(y, month))
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

    /// <summary>The next token follows after one space, or after an abbreviation's full stop ("aug. 20", "сент. 5").</summary>
    private static bool Joined(string text, List<DateTokens.Token> tokens, int i) =>
        i + 1 < tokens.Count && text[tokens[i].To] is var gap
        && ((gap == ' ' && tokens[i + 1].From == tokens[i].To + 1)
            || (gap == '.' && !tokens[i].IsNumber && tokens[i + 1].From == tokens[i].To + 2 && text[tokens[i].To + 1] == ' '));

    private static ReadOnlySpan<char> Word(string text, DateTokens.Token t) => text.AsSpan(t.From, t.To - t.From);

    private static int Number(string text, DateTokens.Token t) =>
        t.To - t.From <= 6 ? int.Parse(Word(text, t), CultureInfo.InvariantCulture) : int.MaxValue;

    private static int? Year(string text, DateTokens.Token t) =>
        t.IsNumber && t.To - t.From == 4 && Number(text, t) is var y and >= 1990 and <= 2100 ? y : null;

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
}

/// <summary>The words and digit runs of a stretch of text.</summary>
internal static class DateTokens
{
    public readonly record struct Token(int From, int To, bool IsNumber);

    public static List<Token> Read(string text, int start, int end)
    {
        var tokens = new List<Token>(((end - start) / 5) + 8); // about one word in five characters
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c) || Letters.IsLetter(c))
            {
                var digits = char.IsAsciiDigit(c);
                var from = i;
                while (i < end && (digits ? char.IsAsciiDigit(text[i]) : Letters.IsLetter(text[i]) || (text[i] == '\'' && i + 1 < end && Letters.IsLetter(text[i + 1]))))
                {
                    i++;
                }

                tokens.Add(new Token(from, i, digits));
            }
            else
            {
                i++;
            }
        }

        return tokens;
    }
}
