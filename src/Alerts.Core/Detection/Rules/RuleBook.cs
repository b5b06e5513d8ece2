using System.Text.RegularExpressions;

namespace Alerts.Core.Detection.Rules;

/// <summary>The rules of every language, compiled once: one regular expression per kind of rule.</summary>
internal static class RuleBook
{
    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant;

    public static readonly LanguageRules[] Languages = [EnglishRules.Rules, RussianRules.Rules, UkrainianRules.Rules];

    public static readonly Regex Exchange = Compile(r => r.Exchange);
    public static readonly Regex WeakExchange = Compile(r => r.WeakExchange);
    public static readonly Regex OtherExchange = Compile(r => r.OtherExchange);
    public static readonly Regex Completed = Compile(r => r.Completed);
    public static readonly Regex Future = Compile(r => r.Future);
    public static readonly Regex Vetoed = Compile(r => r.Vetoed);
    public static readonly Regex Bodies = Compile(r => r.Bodies);
    public static readonly Regex Recap = Compile(r => r.Recap);
    public static readonly Regex Cumulative = Compile(r => r.Cumulative);
    public static readonly Regex OtherConflicts = Compile(r => r.OtherConflicts);
    public static readonly Regex WarContext = Compile(r => r.WarContext);
    public static readonly Regex GenericContext = Compile(r => r.GenericContext);
    public static readonly Regex Captures = Compile(r => r.Captures);
    public static readonly Regex MediatorCues = Compile(r => r.MediatorCues);
    public static readonly Regex SideRussia = Compile(r => r.SideRussia);
    public static readonly Regex SideUkraine = Compile(r => r.SideUkraine);
    public static readonly Regex ToUkraine = Compile(r => r.ToUkraine);
    public static readonly Regex ToRussia = Compile(r => r.ToRussia);
    public static readonly Regex Home = Compile(r => r.Home);
    public static readonly Regex Held = Compile(r => r.Held);
    public static readonly Regex HeldByRussia = Compile(r => r.HeldByRussia);
    public static readonly Regex HeldByUkraine = Compile(r => r.HeldByUkraine);
    public static readonly Regex Returned = Compile(r => r.Returned);
    public static readonly Regex EachSideAfter = Compile(r => r.EachSideAfter);
    public static readonly Regex EachSideBefore = Compile(r => r.EachSideBefore);
    public static readonly Regex PartBefore = Compile(r => r.PartBefore);
    public static readonly Regex Stages = Compile(r => r.Stages);
    public static readonly Regex ForSame = new(@"^(?:-for-| for | на | за )(\d+)\b", Options);

    public static readonly (Regex Pattern, CountQualifier Qualifier)[] Qualifiers =
    [
        .. new[] { CountQualifier.Approx, CountQualifier.AtLeast, CountQualifier.AtMost }.Select(q =>
            (Compile(r => r.Qualifiers.Where(x => x.Qualifier == q).Select(x => x.Pattern).ToArray()), q)),
    ];

    public static readonly WordList MilitaryWords = new(Languages.SelectMany(r => r.MilitaryWords));
    public static readonly WordList PeopleWords = new(Languages.SelectMany(r => r.PeopleWords));
    public static readonly WordList CivilianWords = new(Languages.SelectMany(r => r.CivilianWords));
    public static readonly WordList BodyWords = new(Languages.SelectMany(r => r.BodyWords));
    public static readonly WordList UkrainianWords = new(Languages.SelectMany(r => r.UkrainianWords));
    public static readonly WordList RussianWords = new(Languages.SelectMany(r => r.RussianWords));
    public static readonly WordList NotCountedWords = new(Languages.SelectMany(r => r.NotCountedWords));

    private static Regex Compile(Func<LanguageRules, string[]> patterns) =>
        new(string.Join('|', Languages.SelectMany(patterns).Select(p => $"(?:{p})")), Options);
}

/// <summary>Word beginnings; entries of three letters or fewer match whole words (plus one letter).</summary>
internal sealed class WordList(IEnumerable<string> entries)
{
    private readonly string[] entries = entries.Distinct(StringComparer.Ordinal).ToArray();

    public bool Contains(ReadOnlySpan<char> word)
    {
        foreach (var entry in entries)
        {
            if (word.StartsWith(entry, StringComparison.Ordinal) && (entry.Length > 3 || word.Length <= entry.Length + 1))
            {
                return true;
            }
        }

        return false;
    }
}
