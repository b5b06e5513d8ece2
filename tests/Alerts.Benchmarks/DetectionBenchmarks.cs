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
        exchangeEn = Item(Articles.All[0]);
        exchangeRu = Item(Articles.All[1]);
        unrelated = Item(Articles.All[2]);
    }

    [Benchmark(Baseline = true)]
    public Detection ExchangeArticleEnglish() => detector.Detect(exchangeEn);

    [Benchmark]
    public Detection ExchangeArticleRussian() => detector.Detect(exchangeRu);

    [Benchmark]
    public Detection UnrelatedArticle() => detector.Detect(unrelated);

    private static SourceItem Item(Article article) => new()
    {
        Id = article.Name,
        SourceId = "bench",
        Published = new DateTimeOffset(2026, 11, 22, 14, 0, 0, TimeSpan.Zero),
        Language = article.Language,
        Title = article.Title,
        Text = article.Text,
    };
}
