using System.Text.RegularExpressions;

namespace Alerts.Core.Detection.Rules;

/// <summary>The rules of every language, compiled once: one regular expression per kind of rule.</summary>
internal static class RuleBook
{
    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant;

    public static readonly LanguageRules[] Languages = [EnglishRules.Rules, RussianRules.Rules, UkrainianRules.Rules];

    public static readonly RuleSet Exchange = Rules(r => r.Exchange);
    public static readonly RuleSet WeakExchange = Rules(r => r.WeakExchange);
    public static readonly RuleSet OtherExchange = Rules(r => r.OtherExchange);
    public static readonly RuleSet Completed = Rules(r => r.Completed);
    public static readonly RuleSet Future = Rules(r => r.Future);
    public static readonly RuleSet Vetoed = Rules(r => r.Vetoed);
    public static readonly RuleSet VetoedEarlier = Rules(r => r.VetoedEarlier);
    public static readonly RuleSet Denied = Rules(r => r.Denied);
    public static readonly RuleSet Habitual = Rules(r => r.Habitual);
    public static readonly RuleSet ClaimLabel = Rules(r => r.ClaimLabel);
    public static readonly RuleSet Bodies = Rules(r => r.Bodies);
    public static readonly RuleSet Recap = Rules(r => r.Recap);
    public static readonly RuleSet FormerCaptives = Rules(r => r.FormerCaptives);
    public static readonly RuleSet Cumulative = Rules(r => r.Cumulative);
    public static readonly RuleSet AgreedClause = Rules(r => r.AgreedClause);
    public static readonly RuleSet OtherConflicts = Rules(r => r.OtherConflicts);
    public static readonly RuleSet WarContext = Rules(r => r.WarContext);
    public static readonly RuleSet GenericContext = Rules(r => r.GenericContext);
    public static readonly RuleSet Captures = Rules(r => r.Captures);
    public static readonly RuleSet MediatorCues = Rules(r => r.MediatorCues);
    public static readonly RuleSet SideRussia = Rules(r => r.SideRussia);
    public static readonly RuleSet SideUkraine = Rules(r => r.SideUkraine);
    public static readonly RuleSet ToUkraine = Rules(r => r.ToUkraine);
    public static readonly RuleSet ToRussia = Rules(r => r.ToRussia);
    public static readonly RuleSet Home = Rules(r => r.Home);
    public static readonly RuleSet Held = Rules(r => r.Held);
    public static readonly RuleSet HeldByRussia = Rules(r => r.HeldByRussia);
    public static readonly RuleSet HeldByUkraine = Rules(r => r.HeldByUkraine);
    public static readonly RuleSet Returned = Rules(r => r.Returned);
    public static readonly RuleSet FigureReference = Rules(r => r.FigureReference);
    public static readonly ScreenedRegex EachSideAfter = Screened(r => r.EachSideAfter);
    public static readonly ScreenedRegex EachSideBefore = Screened(r => r.EachSideBefore, RegexOptions.RightToLeft);
    public static readonly ScreenedRegex PartBefore = Screened(r => r.PartBefore, RegexOptions.RightToLeft);
    public static readonly ScreenedRegex AmongBefore = Screened(r => r.AmongBefore, RegexOptions.RightToLeft);
    public static readonly ScreenedRegex PartAfter = Screened(r => r.PartAfter);
    public static readonly ScreenedRegex RegionAfter = Screened(r => r.RegionAfter);
    public static readonly ScreenedRegex RegionResidents = Screened(r => r.RegionResidents);
    public static readonly ScreenedRegex DealFormulaBefore = Screened(r => r.DealFormulaBefore, RegexOptions.RightToLeft);
    public static readonly ScreenedRegex DealFormulaAfter = Screened(r => r.DealFormulaAfter);
    public static readonly RuleSet DealTotal = Rules(r => r.DealTotal);
    public static readonly RuleSet DealTotalOpening = Rules(r => r.DealTotalOpening);
    public static readonly RuleSet PreviousExchange = Rules(r => r.PreviousExchange);
    public static readonly RuleSet FirstSince = Rules(r => r.FirstSince);
    public static readonly RuleSet Reminder = Rules(r => r.Reminder);
    public static readonly RuleSet Agreement = Rules(r => r.Agreement);
    public static readonly RuleSet Stages = Rules(r => r.Stages);

    /// <summary>Stage ordinal word beginnings of every language, with the stage each numbers (1 for the first).</summary>
    public static readonly (string Stem, int Number)[] StageOrdinals =
        [.. Languages.SelectMany(l => l.StageOrdinals.SelectMany((stems, i) => stems.Select(stem => (stem, i + 1))))];
    public static readonly RuleSet LaterStage = Rules(r => r.LaterStage);
    public static readonly RuleSet EarlierStage = Rules(r => r.EarlierStage);
    public static readonly RuleSet SameNumber = Rules(r => r.SameNumber);
    public static readonly ScreenedRegex SwappedForAfter = Screened(r => r.SwappedForAfter);
    public static readonly ScreenedRegex InReturn = Screened(r => r.InReturn);
    public static readonly ScreenedRegex NominalReturn = Screened(r => r.NominalReturn);
    public static readonly ScreenedRegex FutureBefore = Screened(r => r.FutureBefore);
    public static readonly ScreenedRegex PluralExchange = Screened(r => r.PluralExchange);
    public static readonly ScreenedRegex OfferedBefore = Screened(r => r.OfferedBefore);
    public static readonly ScreenedRegex HeldClause = Screened(r => r.HeldClause);
    public static readonly ScreenedRegex FigureAtBefore = Screened(r => r.FigureAtBefore, RegexOptions.RightToLeft);
    public static readonly ScreenedRegex DayMoreBefore = Screened(r => r.DayMoreBefore, RegexOptions.RightToLeft);
    public static readonly ScreenedRegex Superlative = Screened(r => r.Superlative);
    public static readonly ScreenedRegex ThisSwapOpening = Screened(r => r.ThisSwapOpening);
    public static readonly ScreenedRegex InTotal = Screened(r => r.InTotal);
    public static readonly ScreenedRegex HowMany = Screened(r => r.HowMany);
    public static readonly ScreenedRegex AndJoint = Screened(r => r.AndJoint);
    public static readonly Regex ClauseBreak = Compile(r => r.ClauseBreak, RegexOptions.RightToLeft);
    public static readonly ScreenedRegex DemonymAfter = Screened(r => r.DemonymAfter);

    /// <summary>Prisoners alive (a sentence with these and words for bodies is not about repatriation of bodies).</summary>
    public static readonly RuleSet LivingPrisoners = new([@"\b(?:prisoners(?<!treatment of prisoners)|pows|captivity|captives|плен\w*|пленн\w*|полон\w*|полонен\w*|невол\w*)"], Options);

    /// <summary>Where each of the rules above can start in a text (every rule set must be listed).</summary>
    public static readonly RuleStarts Starts = new(
    [
        Exchange, WeakExchange, OtherExchange, Completed, Future, Vetoed, Bodies, Recap, FormerCaptives, Cumulative, AgreedClause, OtherConflicts, WarContext,
        GenericContext, Captures, VetoedEarlier, Denied, Habitual, ClaimLabel, MediatorCues, SideRussia, SideUkraine, ToUkraine, ToRussia, Home, Held, HeldByRussia,
        HeldByUkraine, Returned, DealTotal, DealTotalOpening, PreviousExchange, FirstSince, Reminder, Agreement, Stages, LaterStage, EarlierStage, LivingPrisoners, Countries.Belarus, FigureReference, SameNumber,
        .. Countries.Named.Select(n => n.Rule),
    ]);

    public static readonly (Regex Pattern, CountQualifier Qualifier)[] Qualifiers =
    [
        .. new[] { CountQualifier.Approx, CountQualifier.AtLeast, CountQualifier.AtMost }.Select(q =>
            (Compile(r => r.Qualifiers.Where(x => x.Qualifier == q).Select(x => x.Pattern).ToArray(), RegexOptions.RightToLeft), q)),
    ];

    public static readonly WordList RelativeWords = new(Languages.SelectMany(r => r.RelativeWords));
    public static readonly WordList ClauseSubjects = new(Languages.SelectMany(r => r.ClauseSubjects));
    public static readonly WordList MilitaryWords = new(Languages.SelectMany(r => r.MilitaryWords));
    public static readonly WordList PeopleWords = new(Languages.SelectMany(r => r.PeopleWords));
    public static readonly WordList CivilianWords = new(Languages.SelectMany(r => r.CivilianWords));
    public static readonly WordList BodyWords = new(Languages.SelectMany(r => r.BodyWords));
    public static readonly WordList UkrainianWords = new(Languages.SelectMany(r => r.UkrainianWords));
    public static readonly WordList RussianWords = new(Languages.SelectMany(r => r.RussianWords));
    public static readonly WordList ResidentWords = new(Languages.SelectMany(r => r.ResidentWords));
    public static readonly WordList CaptivityWords = new(Languages.SelectMany(r => r.CaptivityWords));
    public static readonly WordList NotCountedWords = new(Languages.SelectMany(r => r.NotCountedWords));

    /// <summary>
    /// One regular expression for a kind of rule. The word boundary that starts every pattern is
    /// checked once per position, before the alternation, not once per pattern: this keeps a scan
    /// of a 2 KB article in microseconds.
    /// </summary>
    /// <remarks>Rules that end a window (<c>... $</c>) are read right to left: only the window's end is tried.</remarks>
    /// <summary>
    /// The rules of one kind as separate expressions: one alternation of hundreds of rules defeats
    /// the regex engine's search for where a match can start, separate ones keep it.
    /// </summary>
    private static RuleSet Rules(Func<LanguageRules, string[]> patterns) => new(Languages.SelectMany(patterns), Options);

    private static ScreenedRegex Screened(Func<LanguageRules, string[]> patterns, RegexOptions extra = RegexOptions.None) =>
        new(Languages.SelectMany(patterns), Options | extra);

    private static Regex Compile(Func<LanguageRules, string[]> patterns, RegexOptions extra = RegexOptions.None)
    {
        var all = Languages.SelectMany(patterns).ToList();
        if (all.TrueForAll(p => p.StartsWith(@"\b", StringComparison.Ordinal)))
        {
            return new Regex(@"\b(?:" + string.Join('|', all.Select(p => p[2..])) + ")", Options | extra);
        }

        return new Regex(string.Join('|', all.Select(p => $"(?:{p})")), Options | extra);
    }
}

/// <summary>Word beginnings; entries of three letters or fewer match whole words (plus one letter).</summary>
internal sealed class WordList
{
    private readonly Dictionary<char, string[]> byFirstLetter;

    public WordList(IEnumerable<string> entries) =>
        byFirstLetter = entries.Distinct(StringComparer.Ordinal).GroupBy(e => e[0]).ToDictionary(g => g.Key, g => g.ToArray());

    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || !byFirstLetter.TryGetValue(word[0], out var entries))
        {
            return false;
        }

        foreach (var entry in entries)
        {
            if (word.StartsWith(entry, StringComparison.Ordinal) && (entry.Length > 3 || word.Length <= entry.Length + 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether any word of the text is in the list.</summary>
    public bool ContainsAny(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLetter(text[i]) && (i == 0 || !char.IsLetter(text[i - 1])))
            {
                var end = i;
                while (end < text.Length && char.IsLetter(text[end]))
                {
                    end++;
                }

                if (Contains(text[i..end]))
                {
                    return true;
                }

                i = end;
            }
        }

        return false;
    }
}

/// <summary>
/// The rules of one kind (for example every language's future-tense wording). A pattern that
/// starts with a word and a literal (<see cref="RequiredText.Leading"/>) is compiled anchored
/// (<c>\G</c>) and tried only where <see cref="RuleStarts"/> found its start; any other scans
/// the text. Either is run only when the text holds what it needs (<see cref="RequiredIds"/>).
/// </summary>
internal sealed class RuleSet
{
    private static int numbered;

    public RuleSet(IEnumerable<string> patterns, RegexOptions options)
    {
        Number = Interlocked.Increment(ref numbered) - 1;
        Sources = [.. patterns];
        var parsed = Sources.Select(p => new Regex(p, options & ~RegexOptions.Compiled)).ToArray();
        Leading = [.. parsed.Select(RequiredText.Leading)];
        RequiredIds = [.. parsed.Select((regex, i) => RequiredOccurrences.Number(Beyond(RequiredText.Of(regex), Leading[i])))];
        Patterns = [.. Sources.Select((p, i) => new Regex(Leading[i] is null ? p : $@"\G(?:{p})", options))];
        StaysInSentence = [.. Sources.Select(RequiredText.StaysInSentence)];
    }

    /// <summary>How many rule sets there are: each has a <see cref="Number"/> below it.</summary>
    public static int Count => Volatile.Read(ref numbered);

    /// <summary>The rule set's number, in the order they were made: an index for tables by rule set.</summary>
    public int Number { get; }

    /// <summary>The patterns as written in the rules.</summary>
    public IReadOnlyList<string> Sources { get; }

    /// <summary>The patterns as run: anchored at a start when <see cref="Leading"/> has its starts.</summary>
    public Regex[] Patterns { get; }

    /// <summary>Per pattern, the strings every match starts with, or null.</summary>
    public string[]?[] Leading { get; }

    /// <summary>
    /// Per pattern, the numbers in <see cref="RequiredOccurrences"/> of the strings it cannot match without
    /// (<see cref="RequiredText"/>), or null when there are none or they are only its leading strings (found where it is tried).
    /// </summary>
    public int[]?[] RequiredIds { get; }

    /// <summary>Per pattern, whether no match can hold a character that ends a sentence (<see cref="RequiredText.SentenceEnds"/>).</summary>
    public bool[] StaysInSentence { get; }

    private static string[]? Beyond(string[]? required, string[]? leading) =>
        leading is not null && required is not null
            && Array.TrueForAll(required, r => Array.Exists(leading, l => l.StartsWith(r, StringComparison.Ordinal))) ? null : required;
}
