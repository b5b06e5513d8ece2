using Alerts.Core.Detection.Text;
using Alerts.Core.Items;

namespace Alerts.Core.Detection;

/// <summary>
/// Decides whether an item reports a prisoner-of-war exchange of the Russia–Ukraine war that has
/// taken place, and extracts its facts and the count statistics it states. Rule-based and
/// explainable: the rules are per-language data (<see cref="Rules.LanguageRules"/>), every
/// decision lists the evidence that fired and why a sentence was rejected.
/// </summary>
public sealed class ExchangeDetector
{
    /// <summary>Kyiv and Moscow are UTC+2/+3: a report published at 23:30 UTC is dated the next day there.</summary>
    internal static readonly TimeSpan LocalOffset = TimeSpan.FromHours(3);

    public Detection Detect(SourceItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var raw = item.Title.Length == 0 ? item.Text : item.Title + "\n" + item.Text;
        var language = LanguageGuesser.Known(item.Language) ?? LanguageGuesser.Guess(raw);
        var published = DateOnly.FromDateTime(item.Published.ToOffset(LocalOffset).DateTime);
        return new ItemReading(TextNormalizer.Normalize(raw), language, published).Decide();
    }
}
