using Xunit.Abstractions;

namespace Alerts.Core.Tests.Corpus;

/// <summary>
/// Quality of detection on the labelled corpus. <c>dev.jsonl</c> is what the rules were tuned
/// on; <c>holdout.jsonl</c> was written after tuning and never tuned on (see Corpus/README.md).
/// </summary>
public class CorpusTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("dev.jsonl")]
    [InlineData("holdout.jsonl")]
    public void Measure_LabelledCorpus_MeetsQualityBar(string file)
    {
        var items = CorpusItem.Load(file);

        var score = CorpusScore.Measure(items);

        output.WriteLine($"{file} ({items.Count} items): {score}");
        foreach (var mistake in score.Mistakes)
        {
            output.WriteLine(mistake);
        }

        Assert.True(score.DetectionF1 >= 0.97, $"detection F1 {score.DetectionF1:F3} < 0.97");
        Assert.True(score.CountExactMatch >= 0.95, $"count exact-match {score.CountExactMatch:F3} < 0.95");
        Assert.True(score.ClusteringF1 >= 0.95, $"clustering F1 {score.ClusteringF1:F3} < 0.95");
        Assert.True(score.StatisticsF1 >= 0.90, $"statistics F1 {score.StatisticsF1:F3} < 0.90");
    }

    [Fact]
    public void Load_Corpus_HasTheRequiredShape()
    {
        var items = CorpusItem.Load("dev.jsonl").Concat(CorpusItem.Load("holdout.jsonl")).ToList();

        Assert.True(items.Count >= 150, $"{items.Count} items");
        Assert.True(items.Count(i => !i.Label.IsExchange) * 3 >= items.Count, "at least a third hard negatives");
        Assert.All(new[] { "en", "ru", "uk" }, l => Assert.Contains(items, i => i.Language == l && i.Label.IsExchange));
        Assert.Equal(items.Count, items.Select(i => i.Id).Distinct().Count());
    }
}
