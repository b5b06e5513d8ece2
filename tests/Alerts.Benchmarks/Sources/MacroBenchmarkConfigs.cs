using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Alerts.Benchmarks.Sources;

/// <summary>
/// Seconds-long, I/O-bound invocations: measured one at a time (Monitoring), in process (the
/// out-of-process build of the Functions project takes longer than BenchmarkDotNet waits).
/// </summary>
internal abstract class MacroBenchmarkConfig : ManualConfig
{
    protected MacroBenchmarkConfig(int warmups, int iterations) =>
        AddJob(Job.Default
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true))
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(warmups)
            .WithIterationCount(iterations)
            .WithInvocationCount(1)
            .WithUnrollFactor(1));
}

internal sealed class SteadyStateConfig() : MacroBenchmarkConfig(warmups: 1, iterations: 10);

internal sealed class ColdConfig() : MacroBenchmarkConfig(warmups: 0, iterations: 3);
