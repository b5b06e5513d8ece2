using Alerts.Benchmarks.Comparison;
using BenchmarkDotNet.Running;

if (args.Length > 0 && args[0] == "compare")
{
    return BuildComparison.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Alerts.Benchmarks.Sources.FeedFarm).Assembly).Run(args);
return 0;
