using System.Diagnostics;

namespace Alerts.Cli.Local;

/// <summary>Finds the repository's pinned npm packages (package.json + lock file), installing them with `npm ci` when missing.</summary>
public static class NodePackages
{
    /// <summary>The full path of a file under node_modules, searching up from the working and the program folder.</summary>
    public static string? Find(string relativePath) =>
        Roots().Select(r => Path.Combine(r, "node_modules", relativePath)).FirstOrDefault(File.Exists);

    public static async Task<string> InstallAsync(string relativePath, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(log);
        var root = Roots().FirstOrDefault(r => File.Exists(Path.Combine(r, "package-lock.json")))
            ?? throw new InvalidOperationException("Azurite is not installed and no package-lock.json was found: run `npm ci` in the repository, or set AzureWebJobsStorage.");
        log.WriteLine($"Installing the pinned npm packages in {root} (npm ci)...");
        var start = new ProcessStartInfo("npm") { WorkingDirectory = root, UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var argument in new[] { "ci", "--no-audit", "--no-fund", "--loglevel=error" })
        {
            start.ArgumentList.Add(argument);
        }

        using var npm = Process.Start(start) ?? throw new InvalidOperationException("Could not start npm");
        _ = npm.StandardOutput.ReadToEndAsync(cancellationToken);
        await npm.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        return npm.ExitCode == 0 && Find(relativePath) is { } found
            ? found
            : throw new InvalidOperationException($"`npm ci` in {root} failed (exit {npm.ExitCode})");
    }

    private static IEnumerable<string> Roots()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                yield return dir.FullName;
            }
        }
    }
}
