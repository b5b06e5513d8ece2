using System.Globalization;
using System.Text.RegularExpressions;
using Alerts.Core.Items;

namespace Alerts.Core.Detection;

/// <summary>
/// Decides whether an item reports a prisoner-of-war exchange that has taken place, and extracts
/// its facts and the count statistics it states. Rule-based and explainable.
/// </summary>
/// <remarks>Interim rules of the foundation; the detection issue replaces them with per-language rule data.</remarks>
public sealed partial class ExchangeDetector
{
    private static readonly (Regex Pattern, string Code)[] Mediators =
    [
        (new(@"\b(UAE|United Arab Emirates|ОАЕ|ОАЭ|Арабск\w+ Эмират\w*|Арабськ\w+ Емірат\w*)", RegexOptions.IgnoreCase), "AE"),
        (new(@"\b(Qatar|Катар\w*)", RegexOptions.IgnoreCase), "QA"),
        (new(@"\b(T[üu]rkiye|Turkey|Турци\w+|Туреччин\w+)", RegexOptions.IgnoreCase), "TR"),
        (new(@"\b(Saudi Arabia|Саудовск\w+ Арави\w+|Саудівськ\w+ Арави\w+)", RegexOptions.IgnoreCase), "SA"),
    ];

    public Detection Detect(SourceItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var text = item.Title + "\n" + item.Text;
        var language = item.Language ?? GuessLanguage(text);
        var evidence = new List<string>();
        if (ExchangeOfFire().IsMatch(text))
        {
            evidence.Add("rejected: exchange of fire");
            return Detection.None(language, evidence);
        }

        var counts = HeldStatistics(text);
        if (!ExchangeWords().IsMatch(text))
        {
            evidence.Add("no exchange wording");
            return Detection.None(language, evidence) with { Counts = counts };
        }

        evidence.Add("exchange wording");
        var returned = ReturnedCounts(text);
        var facts = new ExchangeFacts
        {
            Date = DateOnly.FromDateTime(item.Published.UtcDateTime),
            ReturnedTo = returned,
            CiviliansReturnedTo = Civilians().Match(text) is { Success: true } c
                ? PartyCounts.None with { UA = ParseInt(c.Groups[1].Value) }
                : PartyCounts.None,
            Mediators = Mediators.Where(m => m.Pattern.IsMatch(text)).Select(m => m.Code).ToList(),
            Transit = Belarus().IsMatch(text) ? ["BY"] : [],
        };
        return new Detection
        {
            IsExchange = returned != PartyCounts.None,
            Exchange = returned != PartyCounts.None ? facts : null,
            Counts = counts,
            Language = language,
            Side = language == "ru" ? Party.RU : language == "uk" ? Party.UA : null,
            Confidence = returned != PartyCounts.None ? 0.8 : 0.2,
            Evidence = evidence,
        };
    }

    private static PartyCounts ReturnedCounts(string text)
    {
        if (EachSide().Match(text) is { Success: true } each)
        {
            var n = ParseInt(each.Groups[1].Success ? each.Groups[1].Value : each.Groups[2].Value);
            return new PartyCounts(n, n);
        }

        if (ForEach().Match(text) is { Success: true } pair)
        {
            return new PartyCounts(ParseInt(pair.Groups[1].Value), ParseInt(pair.Groups[2].Value));
        }

        int? ru = RussiansReturned().Match(text) is { Success: true } r ? ParseInt(r.Groups[1].Value) : null;
        int? ua = UkrainiansReturned().Match(text) is { Success: true } u ? ParseInt(u.Groups[1].Value) : null;
        return new PartyCounts(ru, ua);
    }

    private static List<CountStatistic> HeldStatistics(string text) =>
        HeldInRussia().Matches(text)
            .Select(m => new CountStatistic(StatisticMetric.Held, Party.RU, ParseInt(m.Groups[2].Value), m.Groups[1].Success ? CountQualifier.Approx : CountQualifier.Exact))
            .DistinctBy(s => (s.Metric, s.Party))
            .ToList();

    private static string GuessLanguage(string text) =>
        !Cyrillic().IsMatch(text) ? "en" : UkrainianLetters().IsMatch(text) ? "uk" : "ru";

    private static int ParseInt(string digits) =>
        int.Parse(digits.Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    [GeneratedRegex(@"exchange of fire|обмен\w* огнём|обмін\w* вогнем|перестрілк|перестрелк", RegexOptions.IgnoreCase)]
    private static partial Regex ExchangeOfFire();

    [GeneratedRegex(@"prisoner(s)? (exchange|swap)|swap(ped)? \d+|exchanged prisoners|обмен|обмін|из плена|з полону|з російського полону|из украинского плена", RegexOptions.IgnoreCase)]
    private static partial Regex ExchangeWords();

    [GeneratedRegex(@"(\d{1,4})\s+(?:[\p{L}-]+\s+){0,2}(?:returned\s+)?to each side|(?:returning|returned)\s+(\d{1,4})\s+[\p{L}-]+\s+to each side", RegexOptions.IgnoreCase)]
    private static partial Regex EachSide();

    [GeneratedRegex(@"\b(\d{1,4})\s+for\s+(\d{1,4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex ForEach();

    [GeneratedRegex(@"(\d{1,4})\s+(?:Russian (?:soldiers|servicemen|troops)|российских военнослужащих)", RegexOptions.IgnoreCase)]
    private static partial Regex RussiansReturned();

    [GeneratedRegex(@"(\d{1,4})\s+(?:Ukrainian (?:soldiers|servicemen|POWs|prisoners|defenders)|военнопленных ВСУ|українськ\w+ (?:військовослужбовц\w+|захисник\w*)|захисник\w*)", RegexOptions.IgnoreCase)]
    private static partial Regex UkrainiansReturned();

    [GeneratedRegex(@"(\d{1,4})\s+(?:civilians|цивільних|мирных жителей)", RegexOptions.IgnoreCase)]
    private static partial Regex Civilians();

    [GeneratedRegex(@"Belarus|Беларус|Білорус", RegexOptions.IgnoreCase)]
    private static partial Regex Belarus();

    [GeneratedRegex(@"(about|around|approximately)?\s*(\d{1,3}(?:,\d{3})+|\d+)\s+Ukrainians\s+(?:\w+\s+){0,3}(?:in Russian captivity|held (?:in|on) Russia)", RegexOptions.IgnoreCase)]
    private static partial Regex HeldInRussia();

    [GeneratedRegex(@"\p{IsCyrillic}")]
    private static partial Regex Cyrillic();

    [GeneratedRegex("[іїєґІЇЄҐ]")]
    private static partial Regex UkrainianLetters();
}
