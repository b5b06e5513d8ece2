using Alerts.Core.Detection;
using Alerts.Core.Exchanges;

namespace Alerts.Core.Tests.Corpus;

/// <summary>Detection, count, statistics and clustering quality of the detector over a labelled corpus.</summary>
public sealed record CorpusScore(
    double DetectionPrecision,
    double DetectionRecall,
    double DetectionF1,
    double CountExactMatch,
    double DateExactMatch,
    double MediatorExactMatch,
    double StatisticsF1,
    double ClusteringF1,
    IReadOnlyList<string> Mistakes)
{
    public override string ToString() =>
        $"detection P={DetectionPrecision:F3} R={DetectionRecall:F3} F1={DetectionF1:F3}; counts exact {CountExactMatch:F3}; " +
        $"dates {DateExactMatch:F3}; mediators/transit {MediatorExactMatch:F3}; statistics F1={StatisticsF1:F3}; clustering pairwise F1={ClusteringF1:F3}";

    /// <summary>Runs the detector and the batch clustering of <c>alerts detect</c> over the items, in order.</summary>
    public static CorpusScore Measure(IReadOnlyList<CorpusItem> items)
    {
        var detector = new ExchangeDetector();
        var batch = new ExchangeBatch();
        var mistakes = new List<string>();
        int tp = 0, fp = 0, fn = 0, countsRight = 0, datesRight = 0, countriesRight = 0;
        int statsRight = 0, statsFound = 0, statsExpected = 0;
        var clustered = new List<(string Id, string Gold, string Predicted)>();
        foreach (var item in items)
        {
            var detection = detector.Detect(item.ToSourceItem());
            var eventId = detection.IsExchange ? batch.Add(item.ToSourceItem(), detection) : null;
            var label = item.Label;
            if (label.IsExchange && detection.IsExchange)
            {
                tp++;
                var want = label.Exchange!;
                var got = detection.Exchange!;
                if (Same(want.ReturnedTo, got.ReturnedTo) && Same(want.CiviliansReturnedTo, got.CiviliansReturnedTo))
                {
                    countsRight++;
                }
                else
                {
                    mistakes.Add($"{item.Id}: counts {want.ReturnedTo}/{want.CiviliansReturnedTo} expected, got {got.ReturnedTo}/{got.CiviliansReturnedTo}");
                }

                datesRight += want.Date == got.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ? 1 : 0;
                countriesRight += want.Mediators.Order().SequenceEqual(got.Mediators.Order()) && want.Transit.SequenceEqual(got.Transit) ? 1 : 0;
                clustered.Add((item.Id, label.Event!, eventId!));
            }
            else if (detection.IsExchange)
            {
                fp++;
                mistakes.Add($"{item.Id}: false positive ({string.Join("; ", detection.Evidence.Take(3))})");
            }
            else if (label.IsExchange)
            {
                fn++;
                mistakes.Add($"{item.Id}: missed ({string.Join("; ", detection.Evidence.Take(3))})");
            }

            var expected = label.Counts.Select(c => (c.Metric, c.Party, c.Value, c.Qualifier)).ToHashSet();
            var found = detection.Counts.Select(Wire).ToHashSet();
            statsExpected += expected.Count;
            statsFound += found.Count;
            statsRight += expected.Intersect(found).Count();
            if (!expected.SetEquals(found))
            {
                mistakes.Add($"{item.Id}: statistics [{string.Join(", ", expected)}] expected, got [{string.Join(", ", found)}]");
            }
        }

        return new CorpusScore(
            Ratio(tp, tp + fp), Ratio(tp, tp + fn), F1(Ratio(tp, tp + fp), Ratio(tp, tp + fn)),
            Ratio(countsRight, tp), Ratio(datesRight, tp), Ratio(countriesRight, tp),
            F1(Ratio(statsRight, statsFound), Ratio(statsRight, statsExpected)),
            PairwiseF1(clustered, mistakes), mistakes);
    }

    private static double PairwiseF1(List<(string Id, string Gold, string Predicted)> items, List<string> mistakes)
    {
        int both = 0;
        var split = new List<string>();
        var merged = new List<string>();
        for (var i = 0; i < items.Count; i++)
        {
            for (var j = i + 1; j < items.Count; j++)
            {
                var gold = items[i].Gold == items[j].Gold;
                var predicted = items[i].Predicted == items[j].Predicted;
                both += gold && predicted ? 1 : 0;
                var pair = $"{items[i].Id}/{items[j].Id}";
                (gold && !predicted ? split : !gold && predicted ? merged : null)?.Add(pair);
            }
        }

        if (split.Count + merged.Count > 0)
        {
            mistakes.Add($"clustering: {split.Count} pairs split [{string.Join(" ", split)}], {merged.Count} pairs merged wrongly [{string.Join(" ", merged)}]");
        }

        return F1(Ratio(both, both + merged.Count), Ratio(both, both + split.Count));
    }

    private static (string, string, int, string) Wire(CountStatistic s) => (
        s.Metric == StatisticMetric.Held ? "held" : "returned_total",
        s.Party.ToString(),
        s.Value,
        s.Qualifier switch { CountQualifier.Approx => "approx", CountQualifier.AtLeast => "at_least", CountQualifier.AtMost => "at_most", _ => "exact" });

    private static bool Same(CorpusSides want, PartyCounts got) => want.RU == got.RU && want.UA == got.UA;

    private static double Ratio(int a, int b) => b == 0 ? 1 : (double)a / b;

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
