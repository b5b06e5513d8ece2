using System.Diagnostics;
using System.Globalization;

namespace Alerts.Benchmarks.Comparison;

/// <summary>
/// <c>compare BASE.dll [NEW.dll]</c>: runs two builds of the detector in one process, alternating
/// rounds, and prints each build's time per article at the 5th, 25th and 50th percentile of the
/// rounds and their ratio. On a shared host, where separate BenchmarkDotNet runs of the two builds
/// differ by more than the change being measured, interleaving keeps both builds under the same
/// noise; identical builds agree within about 5 %.
/// </summary>
internal static class BuildComparison
{
    private const int Rounds = 200;
    private const int CallsPerRound = 200;

    public static int Run(string[] args)
    {
        if (args.Length is < 1 or > 2 || args[0] is "-h" or "--help")
        {
            Console.Error.WriteLine("usage: compare BASE/Alerts.Core.dll [NEW/Alerts.Core.dll]");
            Console.Error.WriteLine("  NEW defaults to the Alerts.Core.dll built with the benchmarks.");
            return args.Length == 1 ? 0 : 2;
        }

        var newPath = args.Length == 2 ? args[1] : Path.Combine(AppContext.BaseDirectory, "Alerts.Core.dll");
        var builds = new[] { new DetectorBuild("base", args[0]), new DetectorBuild("new", newPath) };
        Console.WriteLine("article    base p5 / p25 / p50 (µs)    new p5 / p25 / p50 (µs)    new/base at p5, p50");
        foreach (var article in Articles.All)
        {
            var calls = builds.Select(b => b.Detection(article)).ToArray();
            var times = Measure(calls);
            var (b5, b25, b50) = Percentiles(times[0]);
            var (n5, n25, n50) = Percentiles(times[1]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{article.Name,-9}  {b5,7:F1} / {b25,6:F1} / {b50,6:F1}      {n5,7:F1} / {n25,6:F1} / {n50,6:F1}      {n5 / b5:F3}, {n50 / b50:F3}"));
        }

        return 0;
    }

    private static double[][] Measure(Func<object>[] calls)
    {
        foreach (var call in calls)
        {
            for (var i = 0; i < 2_000; i++)
            {
                call();
            }
        }

        var times = calls.Select(_ => new double[Rounds]).ToArray();
        for (var round = 0; round < Rounds; round++)
        {
            for (var b = 0; b < calls.Length; b++)
            {
                var start = Stopwatch.GetTimestamp();
                for (var i = 0; i < CallsPerRound; i++)
                {
                    calls[b]();
                }

                times[b][round] = Stopwatch.GetElapsedTime(start).TotalMicroseconds / CallsPerRound;
            }
        }

        return times;
    }

    private static (double P5, double P25, double P50) Percentiles(double[] times)
    {
        var sorted = times.Order().ToArray();
        return (sorted[sorted.Length * 5 / 100], sorted[sorted.Length / 4], sorted[sorted.Length / 2]);
    }
}
