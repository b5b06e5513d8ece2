using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Alerts.Benchmarks.Sources.FeedFarm).Assembly).Run(args);
