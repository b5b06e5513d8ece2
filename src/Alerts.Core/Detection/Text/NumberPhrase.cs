namespace Alerts.Core.Detection.Text;

/// <summary>Accumulates number words into a value: "two hundred and forty-six", "полторы сотни".</summary>
internal struct NumberPhrase
{
    private double total;
    private double group;
    private double lastAdded;

    public int Words { get; private set; }

    /// <summary>True when a single word may stand for a number on its own ("тысяча", "сорок").</summary>
    public bool Standalone { get; private set; }

    public bool EndsWithAbbreviation { get; private set; }

    public readonly double Value => total + group;

    /// <summary>Adds a word, or each part of a hyphenated one ("forty-six"); false when it is not a number word that fits.</summary>
    public bool TryAddWordOrParts(ReadOnlySpan<char> word)
    {
        if (word.IndexOf('-') < 0)
        {
            return TryAdd(word);
        }

        var copy = this;
        foreach (var range in word.Split('-'))
        {
            if (!copy.TryAdd(word[range]))
            {
                return false;
            }
        }

        this = copy;
        return true;
    }

    private bool TryAdd(ReadOnlySpan<char> word)
    {
        if (!NumberWords.TryGet(word, out var number))
        {
            return false;
        }

        var first = Words == 0;
        switch (number.Kind)
        {
            case NumberWordKind.Value:
                if (!first && number.Value >= lastAdded)
                {
                    return false;
                }

                group += number.Value;
                lastAdded = number.Value;
                break;
            case NumberWordKind.OneAndHalf:
                if (!first && lastAdded <= 1.5)
                {
                    return false;
                }

                group += 1.5;
                lastAdded = 1;
                break;
            case NumberWordKind.Hundred:
                if (!first && lastAdded >= 100)
                {
                    return false;
                }

                group = (group == 0 ? 1 : group) * 100;
                lastAdded = 100;
                break;
            default:
                if (!first && lastAdded >= 1000)
                {
                    return false;
                }

                total += (group == 0 ? 1 : group) * 1000;
                group = 0;
                lastAdded = 1000;
                break;
        }

        Standalone = first ? number.Standalone : true;
        EndsWithAbbreviation = word is "тыс" or "тис";
        Words++;
        return true;
    }
}
