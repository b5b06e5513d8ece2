using Alerts.Core.Detection;
using Alerts.Core.Items;
using BenchmarkDotNet.Attributes;

namespace Alerts.Benchmarks;

/// <summary>
/// Detection of one typical article (about 2 KB) on one core. Goal: under 100 µs
/// (10,000 articles/s), with allocations per article reported.
/// </summary>
[MemoryDiagnoser]
public class DetectionBenchmarks
{
    private readonly ExchangeDetector detector = new();
    private SourceItem exchangeEn = null!;
    private SourceItem exchangeRu = null!;
    private SourceItem unrelated = null!;

    [GlobalSetup]
    public void Setup()
    {
        exchangeEn = Item("en", "Ukraine and Russia swap 185 prisoners each in UAE-brokered deal", Articles.English);
        exchangeRu = Item("ru", "Из украинского плена возвращены 185 российских военнослужащих", Articles.Russian);
        unrelated = Item("en", "City council approves new budget for road repairs", Articles.Unrelated);
    }

    [Benchmark(Baseline = true)]
    public Detection ExchangeArticleEnglish() => detector.Detect(exchangeEn);

    [Benchmark]
    public Detection ExchangeArticleRussian() => detector.Detect(exchangeRu);

    [Benchmark]
    public Detection UnrelatedArticle() => detector.Detect(unrelated);

    private static SourceItem Item(string language, string title, string text) => new()
    {
        Id = language,
        SourceId = "bench",
        Published = new DateTimeOffset(2026, 11, 22, 14, 0, 0, TimeSpan.Zero),
        Language = language,
        Title = title,
        Text = text,
    };
}
