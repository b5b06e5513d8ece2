using System.Globalization;
using System.Text.RegularExpressions;
using Alerts.Core.Detection.Rules;
using Alerts.Core.Detection.Text;

namespace Alerts.Core.Detection;

/// <summary>What a counted number counts.</summary>
internal enum CountKind
{
    Military,
    People,
    Civilians,
}

/// <summary>A number followed by what it counts ("185 Ukrainian servicemen"), with what surrounds it.</summary>
internal readonly record struct CountMention(
    int Start,
    int NounEnd,
    int Value,
    CountKind Kind,
    Party? Nationality,
    bool EachSide,
    bool Part,
    CountQualifier Qualifier,
    bool Formula = false);

/// <summary>
/// Finds counted numbers in a sentence: a number followed within a few words by a word for
/// servicemen, people or civilians (in any case form), noting nationality words, "each side" /
/// "по N" / "N for N", "including ..." (a part of an earlier figure) and qualifiers ("about").
/// </summary>
internal static class CountReader
{
    private const int MaxWordsBeforeNoun = 4;
    private const int Window = 60;

    private const int MaxWordsToSubject = 8;

    private const int PartWindow = 160;

    private const int MinEachSideCueWithoutNoun = 5;

    // The word lists of every language (see LanguageRules), built once.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OwnWords = WholeWords(l => l.OwnWords);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotOwnersAfter = WholeWords(l => l.NotOwnersAfter);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWords = WholeWords(l => l.StopWords);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AndWords = WholeWords(l => l.AndWords);
    private static readonly WordList UkraineNames = new(RuleBook.Languages.SelectMany(l => l.UkraineNames));
    private static readonly WordList RussiaNames = new(RuleBook.Languages.SelectMany(l => l.RussiaNames));
    private static readonly string[] Joints = [.. RuleBook.Languages.SelectMany(l => l.SameForSameJoints).Distinct(StringComparer.Ordinal)];
    private static readonly string[] ThatMany = [.. RuleBook.Languages.SelectMany(l => l.ThatMany).Distinct(StringComparer.Ordinal)];

    /// <summary>Right after a number with no noun: held or returned wording, within two words and an aside ("had been brought home", "8000, за оцінками штабу, залишаються").</summary>
    private static readonly Regex HeldOrReturnedAfter = new(
        @"^(?: -)?(?:, [^,.]{1,40},)? (?:\w+ ){0,2}?(?:" + string.Join('|', RuleBook.Held.Sources.Concat(RuleBook.Returned.Sources).Select(p => p.StartsWith(@"\b", StringComparison.Ordinal) ? p[2..] : p)) + ")",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>Right before a number with no noun: held wording ("у неволі досі лишаються близько 6,3 тис.").</summary>
    private static readonly Regex HeldBefore = new(
        "(?:" + string.Join('|', RuleBook.Held.Sources) + @")(?: \w+){0,2} $",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.RightToLeft);

    /// <summary>A label before a number, read past a year in it: "Ukrainians freed since February 2022: 7,692", "Still in captivity: about 7,400".</summary>
    private static readonly Regex LabelBefore = new(
        "(?:" + string.Join('|', RuleBook.Held.Sources.Concat(RuleBook.Returned.Sources)) + @")[^.:\n]{0,40}: (?:\w+ ){0,2}$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.RightToLeft);

    /// <summary>
    /// A line that is only a number, then "That many of our heroes are home": the number counts the noun
    /// of the next sentence (the mention belongs to that sentence).
    /// </summary>
    public static void ReadNumberLine(string text, Sentence line, Sentence next, List<CountMention> into)
    {
        var span = text.AsSpan(line.Start, line.Length);
        var digits = span.IndexOfAnyInRange('0', '9');
        if (digits < 0 || ContainsLetter(span))
        {
            return;
        }

        var end = DigitsEnd(span, digits);

        var opening = text.AsSpan(next.Start, next.Length);
        foreach (var word in ThatMany)
        {
            if (opening.StartsWith(word, StringComparison.Ordinal) && end - digits <= 7
                && span[end..].IndexOfAnyInRange('0', '9') < 0
                && ReadNoun(text, next.Start + word.Length - 1, next.End) is { } noun)
            {
                var value = int.Parse(span[digits..end], CultureInfo.InvariantCulture);
                into.Add(new CountMention(line.Start + digits, noun.End, value, noun.Kind, noun.Nationality, false, false, CountQualifier.Exact));
                return;
            }
        }
    }

    /// <summary>
    /// "Q: How many are still held? A: About 7,800." — the first number of an answer to a "how many" question
    /// counts people even with no word for them.
    /// </summary>
    public static void ReadAnswer(string text, Sentence answer, List<CountMention> into)
    {
        var span = text.AsSpan(answer.Start, answer.Length);
        var digits = span.IndexOfAnyInRange('0', '9');
        if (digits < 0)
        {
            return;
        }

        var end = DigitsEnd(span, digits);

        if (end - digits <= 7 && int.Parse(span[digits..end], CultureInfo.InvariantCulture) is var value and > 1 and (< 1900 or > 2100)
            && !Compound(text, answer.Start + end) && !UnitAfter(span[end..]))
        {
            var from = Math.Max(0, digits - Window);
            into.Add(new CountMention(answer.Start + digits, answer.Start + end, value, CountKind.People, null, false, false, Qualifier(span[from..digits])));
        }
    }

    /// <summary>Where the run of digits starting at <paramref name="at"/> ends.</summary>
    private static int DigitsEnd(ReadOnlySpan<char> text, int at)
    {
        var end = at;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>"34-річний", "34-year-old": the number begins a word, it counts nothing ("300-for-300" does).</summary>
    private static bool Compound(string text, int end) =>
        end + 1 < text.Length && text[end] == '-' && char.IsLetter(text[end + 1]) && !text.AsSpan(end).StartsWith("-for-", StringComparison.Ordinal);

    private static bool ContainsLetter(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    public static void Read(string text, Sentence sentence, List<CountMention> into, RequiredOccurrences? found = null)
    {
        var previousNumberEnd = sentence.Start;
        var i = sentence.Start;
        while (i < sentence.End)
        {
            var digit = text.AsSpan(i, sentence.End - i).IndexOfAnyInRange('0', '9');
            if (digit < 0)
            {
                break;
            }

            i += digit;
            if (i > 0 && char.IsLetterOrDigit(text[i - 1]))
            {
                i++;
                continue;
            }

            var end = DigitsEnd(text.AsSpan(0, sentence.End), i);

            if (end - i <= 7 && (end == text.Length || !char.IsLetter(text[end])) && !Compound(text, end))
            {
                var value = int.Parse(text.AsSpan(i, end - i), CultureInfo.InvariantCulture);
                var left = Before(text, previousNumberEnd, i, Window);
                var right = text.AsSpan(end, Math.Min(sentence.End, end + Window) - end);
                var noun = ReadNoun(text, end, sentence.End);
                if (noun is { Nationality: null, Own: true } own)
                {
                    // "Moscow says 120 of its soldiers": the country named before the number.
                    noun = own with { Nationality = SubjectBefore(text, sentence.Start, i) };
                }
                else if (noun is { Nationality: null } elided && previousNumberEnd > sentence.Start && RecipientAfterAnd(text, previousNumberEnd, i) is { } recipient)
                {
                    // "Ukraine got back 46 civilians and Russia 12 civilians": the verb left out, the country before the count receives it.
                    noun = elided with { Nationality = recipient };
                }

                // "по 185" needs a noun; a longer cue ("each side releasing 157") does not.
                var before = EachSideCueBefore(left, found);
                var stated = RuleBook.EachSideAfter.IsMatch(right, found) || (before > 0 && (noun is not null || before >= MinEachSideCueWithoutNoun));
                var formula = !stated && SameForSame(text, i, end, sentence, found);
                if (noun is null && !stated && !formula && value is > 1 and (< 1900 or > 2100) && !UnitAfter(right) && !RuleBook.DemonymAfter.IsMatch(right, found)
                    && (HeldOrReturnedAfter.IsMatch(right) || (right.TrimStart(' ') is var rest && (rest.IsEmpty || !char.IsLetter(rest[0])) && FigureNamedBefore(text, sentence.Start, i, left, found))))
                {
                    // "about 1,100 remain in captivity", "6,200 had been brought home", "у неволі лишаються 6300",
                    // "put the number of citizens held in Russia at about 7,500": people, with no word for them.
                    noun = (CountKind.People, null, end, false);
                }

                bool part;
                if ((noun is not null || ((stated || formula) && value > 1)) && !YearSince(value, left)
                    && !OneRegionsShare(noun?.Kind, part = IsPart(text, sentence.Start, i, left, found) || RuleBook.PartAfter.IsMatch(right, found), right, found))
                {
                    // "returned 185 to each side", "1000 for 1000": a count of servicemen without the word for them.
                    var (kind, nationality, nounEnd, _) = noun ?? (CountKind.Military, null, end, false);
                    into.Add(new CountMention(i, nounEnd, value, kind, nationality, stated || formula, part, Qualifier(left), formula));
                }
            }

            previousNumberEnd = end;
            i = end;
        }
    }

    /// <summary>"22 Ukrainian civilians held since 2022 came home": a year after "since" counts nothing.</summary>
    private static bool YearSince(int value, ReadOnlySpan<char> left)
    {
        var before = left.TrimEnd(' ');
        return value is >= 1900 and <= 2100 && DateResolver.IsSince(before[(before.LastIndexOf(' ') + 1)..]);
    }

    /// <summary>The length of the "each side" wording that ends right before a number, or 0.</summary>
    /// <summary>
    /// "including 12 civilians", "серед 100 українців, яких повернули, — 4 воїнів з Полтавщини": a part of a
    /// count told before it (read from the sentence start, as "among ..." can open it).
    /// </summary>
    private static bool IsPart(string text, int sentenceStart, int i, ReadOnlySpan<char> left, RequiredOccurrences? found)
    {
        if (RuleBook.PartBefore.IsMatch(left, found))
        {
            return true;
        }

        return RuleBook.AmongBefore.IsMatch(Before(text, sentenceStart, i, PartWindow), found);
    }

    /// <summary>
    /// Wording before a number with no noun that says what it counts: held wording ("у неволі лишаються близько 6,3 тис."),
    /// a day's "another" ("сьогодні — ще 150"), a label ("Still in captivity: about 7,400") or a figure put on a group
    /// ("put the number … held in Russia at about 7,500").
    /// </summary>
    private static bool FigureNamedBefore(string text, int sentenceStart, int at, ReadOnlySpan<char> left, RequiredOccurrences? found) =>
        HeldBefore.IsMatch(left) || RuleBook.DayMoreBefore.IsMatch(left, found) || LabelBefore.IsMatch(Before(text, sentenceStart, at, Window))
        || RuleBook.FigureAtBefore.IsMatch(Before(text, sentenceStart, at, PartWindow), found);

    /// <summary>Up to <paramref name="window"/> characters of the text right before <paramref name="at"/>, not before <paramref name="from"/>.</summary>
    private static ReadOnlySpan<char> Before(string text, int from, int at, int window)
    {
        var start = Math.Max(from, at - window);
        return text.AsSpan(start, at - start);
    }

    /// <summary>
    /// "Троє бійців із Сумщини повернулися", "среди освобожденных — 11 жителей Ростовской области": one region's
    /// share of an exchange counts neither side (civilians of a region handed over as a group still do).
    /// </summary>
    private static bool OneRegionsShare(CountKind? kind, bool part, ReadOnlySpan<char> right, RequiredOccurrences? found) =>
        (part && RuleBook.ResidentWords.Contains(FirstWord(right))) || ((kind != CountKind.Civilians || part) && RuleBook.RegionAfter.IsMatch(right, found))
        || RuleBook.RegionResidents.IsMatch(right, found);

    private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> text)
    {
        var word = text.TrimStart(' ');
        var end = 0;
        while (end < word.Length && char.IsLetter(word[end]))
        {
            end++;
        }

        return word[..end];
    }

    /// <summary>"2 роки провів у полоні": a unit of time or distance right after the number, which counts no people.</summary>
    private static bool UnitAfter(ReadOnlySpan<char> right)
    {
        var word = FirstWord(right);
        return !word.IsEmpty && RuleBook.NotCountedWords.Contains(word);
    }

    private static int EachSideCueBefore(ReadOnlySpan<char> left, RequiredOccurrences? found) => RuleBook.EachSideBefore.FirstMatchLength(left, found);

    /// <summary>The qualifier whose wording starts first wins: "no more than" is at most, not "more than".</summary>
    private static CountQualifier Qualifier(ReadOnlySpan<char> left)
    {
        var found = CountQualifier.Exact;
        var at = int.MaxValue;
        foreach (var (pattern, qualifier) in RuleBook.Qualifiers)
        {
            foreach (var match in pattern.EnumerateMatches(left))
            {
                if (match.Index < at)
                {
                    (found, at) = (qualifier, match.Index);
                }

                break;
            }
        }

        return found;
    }

    /// <summary>The nearest country named before a count, within the sentence ("Russia's ministry says 150 of its ...").</summary>
    private static Party? SubjectBefore(string text, int sentenceStart, int at)
    {
        var end = at;
        var next = ReadOnlySpan<char>.Empty;
        for (var n = 0; n < MaxWordsToSubject && end > sentenceStart; n++)
        {
            while (end > sentenceStart && !char.IsLetter(text[end - 1]))
            {
                end--;
            }

            var start = end;
            while (start > sentenceStart && (char.IsLetter(text[start - 1]) || text[start - 1] == '\''))
            {
                start--;
            }

            var word = text.AsSpan(start, end - start);
            if (Country(word) is { } party && !RuleBook.CaptivityWords.Contains(next))
            {
                // "Україна повернула з російського полону 96 своїх громадян": the captivity's country is not the subject.
                return party;
            }

            next = word;
            end = start;
        }

        return null;
    }

    /// <summary>"150 for 150", "1000 на 1000" (either number).</summary>
    private static bool SameForSame(string text, int start, int end, Sentence sentence, RequiredOccurrences? found)
    {
        var digits = text.AsSpan(start, end - start);
        foreach (var joint in Joints)
        {
            // The first number of the pair: "150 for 150".
            var after = end + joint.Length;
            if (after + digits.Length <= sentence.End && text.AsSpan(end, joint.Length).SequenceEqual(joint)
                && text.AsSpan(after, digits.Length).SequenceEqual(digits) && (after + digits.Length == text.Length || !char.IsAsciiDigit(text[after + digits.Length])))
            {
                return true;
            }

            // The second one.
            var before = start - joint.Length - digits.Length;
            if (before >= sentence.Start && text.AsSpan(start - joint.Length, joint.Length).SequenceEqual(joint)
                && text.AsSpan(before, digits.Length).SequenceEqual(digits) && (before == 0 || !char.IsAsciiDigit(text[before - 1])))
            {
                return true;
            }
        }

        // "390 prisoners of war were exchanged for 390": the same number after the swap verb.
        var swapped = RuleBook.SwappedForAfter.FirstMatchLength(text.AsSpan(end, sentence.End - end), found);
        return swapped > 0 && text.AsSpan(end, swapped).EndsWith(digits) && !char.IsAsciiDigit(text[end + swapped - digits.Length - 1]);
    }

    private static (CountKind Kind, Party? Nationality, int End, bool Own)? ReadNoun(string text, int at, int limit)
    {
        Party? nationality = null;
        var ours = -1;
        var own = false;
        for (var n = 0; n <= MaxWordsBeforeNoun; n++)
        {
            if (at >= limit || text[at] != ' ')
            {
                // "160 наших вдома": "ours" with no word for who they are still counts people.
                return ours >= 0 ? (CountKind.People, nationality, ours, own) : null;
            }

            var start = at + 1;
            var end = start;
            while (end < limit && (char.IsLetter(text[end]) || (text[end] is '-' or '\'' && end + 1 < limit && char.IsLetter(text[end + 1]))))
            {
                end++;
            }

            var word = text.AsSpan(start, end - start);
            if (n == 1 && nationality is not null && AndWords.Contains(word) && ElidedNoun(text, end, limit) is { } elided)
            {
                // "200 Ukrainian and 200 Russian servicemen": the first count shares the second one's noun.
                return (elided, nationality, at, own);
            }

            if (n > 0 && AndWords.Contains(word) && end < limit && text[end] == ' ' && end + 1 < limit && char.IsLetter(text[end + 1]))
            {
                // "12 wounded and sick soldiers", "дванадцятьох тяжкопоранених і тяжкохворих захисників": two words for one noun.
                at = end;
                continue;
            }

            if (word.IsEmpty || StopWords.Contains(word)
                || RuleBook.NotCountedWords.Contains(word) || RuleBook.BodyWords.Contains(word))
            {
                return ours >= 0 ? (PeopleOrResidents(text, at, limit), nationality, ours, own) : null;
            }

            own |= OwnWords.Contains(word);
            if (n == 0 && (word is "наших" or "наши" or "наші" || own))
            {
                ours = end;
            }

            nationality ??= Nationality(word);
            CountKind? kind = RuleBook.CivilianWords.Contains(word) ? CountKind.Civilians
                : RuleBook.MilitaryWords.Contains(word) ? CountKind.Military
                : RuleBook.PeopleWords.Contains(word) ? CountKind.People
                : null;
            if (kind is { } found)
            {
                nationality ??= NationalityAfter(text, end, limit, 3);
                return (found, nationality, end, own);
            }

            at = end;
        }

        return ours >= 0 ? (CountKind.People, nationality, ours, own) : null;
    }

    /// <summary>"8 наших земляков — жителей Курской области": ours, named residents after a dash, are civilians.</summary>
    private static CountKind PeopleOrResidents(string text, int at, int limit)
    {
        var rest = text.AsSpan(at, limit - at);
        return rest.StartsWith(" - ", StringComparison.Ordinal) && RuleBook.CivilianWords.Contains(FirstWord(rest[3..])) ? CountKind.Civilians : CountKind.People;
    }

    /// <summary>The kind of " 200 Russian servicemen" right after "and": a number, then a nationality and its noun.</summary>
    private static CountKind? ElidedNoun(string text, int at, int limit)
    {
        var digits = at + 1;
        var end = DigitsEnd(text.AsSpan(0, limit), digits);

        return end > digits && text[at] == ' ' && ReadNoun(text, end, limit) is { Nationality: not null } noun ? noun.Kind : null;
    }

    /// <summary>Nationality in the words after the noun ("военнопленных ВСУ", "мирных жителей Курской области").</summary>
    private static Party? NationalityAfter(string text, int at, int limit, int words)
    {
        for (var n = 0; n < words && at < limit && text[at] == ' '; n++)
        {
            var start = at + 1;
            var end = start;
            while (end < limit && char.IsLetter(text[end]))
            {
                end++;
            }

            var word = text.AsSpan(start, end - start);
            if (Nationality(word) is { } party)
            {
                return party;
            }

            if (StopWords.Contains(word) || NotOwnersAfter.Contains(word))
            {
                return null;
            }

            at = end;
        }

        return null;
    }

    private static Party? Nationality(ReadOnlySpan<char> word) =>
        RuleBook.UkrainianWords.Contains(word) ? Party.UA : RuleBook.RussianWords.Contains(word) ? Party.RU : null;

    /// <summary>A country or its capital named as the subject: only read before "its"/"своих" counts.</summary>
    /// <summary>The country right before a count after "and" ("… and Russia 12"), when the text since the last count is only that.</summary>
    private static Party? RecipientAfterAnd(string text, int from, int at)
    {
        var between = text.AsSpan(from, at - from).Trim(' ');
        var space = between.LastIndexOf(' ');
        var first = space < 0 ? between : between[..space];
        return space > 0 && AndWords.Contains(first[(first.LastIndexOf(' ') + 1)..]) && first.IndexOfAny(".;:") < 0 ? Country(between[(space + 1)..]) : null;
    }

    private static Party? Country(ReadOnlySpan<char> word) =>
        Nationality(word) ?? (UkraineNames.Contains(word) ? Party.UA : RussiaNames.Contains(word) ? Party.RU : null);

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WholeWords(Func<LanguageRules, string[]> list) =>
        new HashSet<string>(RuleBook.Languages.SelectMany(list), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
}
