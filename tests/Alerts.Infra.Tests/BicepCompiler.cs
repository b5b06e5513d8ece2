using System.Diagnostics;
using System.Reflection;

namespace Alerts.Infra.Tests;

/// <summary>Runs the Bicep CLI restored from NuGet (offline: <c>--no-restore</c>).</summary>
internal static class BicepCompiler
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static string BicepPath =>
        typeof(BicepCompiler).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "BicepPath").Value
        ?? throw new InvalidOperationException("The test assembly does not name the Bicep CLI.");

    /// <summary>Compiles a .bicep file to ARM JSON; throws with the CLI's messages when it fails.</summary>
    public static string Build(string bicepFile)
    {
        var bicep = BicepPath;
        if (!File.Exists(bicep))
        {
            throw new InvalidOperationException($"Bicep CLI not found at {bicep}: restore tests/Alerts.Infra.Tests.");
        }

        // NuGet does not keep the executable bit.
        if (!OperatingSystem.IsWindows() && !File.GetUnixFileMode(bicep).HasFlag(UnixFileMode.UserExecute))
        {
            File.SetUnixFileMode(bicep, File.GetUnixFileMode(bicep) | UnixFileMode.UserExecute);
        }

        var start = new ProcessStartInfo(bicep)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "build", bicepFile, "--stdout", "--no-restore" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {bicep}.");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep build {bicepFile} took longer than {Timeout}.");
        }

        return process.ExitCode == 0
            ? stdout
            : throw new InvalidOperationException($"bicep build {bicepFile} failed ({process.ExitCode}):\n{stderr.Result}");
    }
}
