namespace Alerts.Core.Detection.Text;

/// <summary>How a number word combines with its neighbours.</summary>
internal enum NumberWordKind
{
    /// <summary>Adds its value (one, сорок, двісті).</summary>
    Value,

    /// <summary>Multiplies what came before (hundred, сотня).</summary>
    Hundred,

    /// <summary>Multiplies what came before and closes a group (thousand, тысяч, тисячі).</summary>
    Thousand,

    /// <summary>One and a half, multiplied by the next word (полторы сотни = 150).</summary>
    OneAndHalf,
}

/// <summary>A number word: its value and how it combines.</summary>
internal readonly record struct NumberWord(double Value, NumberWordKind Kind, bool Standalone);

/// <summary>
/// Number words of English, Russian and Ukrainian with their case forms, read from the
/// per-language tables in <see cref="Rules"/> (lines "value: form form ...").
/// </summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, NumberWord> All = Build();
    private static readonly Dictionary<string, NumberWord>.AlternateLookup<ReadOnlySpan<char>> Words = All.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FirstLetters Starts = new(All.Keys);

    /// <summary>Words that join number words in English ("two hundred and forty-six").</summary>
    public static bool IsConnector(ReadOnlySpan<char> word) => word is "and";

    /// <summary>False when the word (or its first part, "forty" of "forty-six") cannot be a number word.</summary>
    public static bool MayBe(ReadOnlySpan<char> word) => Starts.MayStart(word);

    public static bool TryGet(ReadOnlySpan<char> word, out NumberWord value)
    {
        value = default;
        return Starts.MayStart(word) && Words.TryGetValue(word, out value);
    }

    private static Dictionary<string, NumberWord> Build()
    {
        var words = new Dictionary<string, NumberWord>(StringComparer.Ordinal);
        foreach (var table in new[] { Rules.EnglishRules.NumberWords, Rules.RussianRules.NumberWords, Rules.UkrainianRules.NumberWords })
        {
            foreach (var line in table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                var key = line[..colon].Trim();
                var forms = line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var word = key switch
                {
                    "hundred" => new NumberWord(100, NumberWordKind.Hundred, false),
                    "thousand" => new NumberWord(1000, NumberWordKind.Thousand, false),
                    "1.5" => new NumberWord(1.5, NumberWordKind.OneAndHalf, false),
                    _ => new NumberWord(int.Parse(key, System.Globalization.CultureInfo.InvariantCulture), NumberWordKind.Value, key != "1"),
                };
                foreach (var form in forms)
                {
                    // A form ending in '!' may stand alone ("a hundred", "тысяча"); others need a number before them.
                    var standalone = form.EndsWith('!');
                    words[standalone ? form[..^1] : form] = word with { Standalone = word.Standalone || standalone };
                }
            }
        }

        return words;
    }
}
