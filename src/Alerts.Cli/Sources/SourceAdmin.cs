using Alerts.Core.Sources;
using Alerts.Core.Sources.Health;
using Microsoft.Extensions.Configuration;

namespace Alerts.Cli.Sources;

/// <summary><c>alerts sources list | add | enable | disable</c> against the Sources table.</summary>
internal static class SourceAdmin
{
    /// <summary>Each source with its health, one JSON line each; optionally only those in one status.</summary>
    public static async Task<int> ListAsync(string? settingsFile, SourceStatus? status, TextWriter stdout, TextWriter stderr, TimeProvider time, CancellationToken cancellationToken)
    {
        var configuration = SourceCliServices.Configuration(settingsFile);
        if (await SourceCliServices.StoreAsync(configuration, stderr, cancellationToken).ConfigureAwait(false) is not { } store)
        {
            return 1;
        }

        var polling = configuration.GetSection(PollingOptions.Section).Get<PollingOptions>() ?? new PollingOptions();
        var health = await SourceHealth.ListAsync(store, time.GetUtcNow(), polling.BrokenAlertAfter, cancellationToken).ConfigureAwait(false);
        foreach (var entry in health.Where(h => status is null || h.Status == status))
        {
            await stdout.WriteLineAsync(SourceJson.Line(entry)).ConfigureAwait(false);
        }

        return 0;
    }

    /// <summary>Adds sources (or replaces them with <paramref name="replace"/>); every definition is checked first.</summary>
    public static async Task<int> AddAsync(
        IReadOnlyList<Source> sources, bool replace, string? settingsFile, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var problems = sources.SelectMany(SourceRegistry.Validate).ToList();
        if (problems.Count > 0)
        {
            await stderr.WriteLineAsync($"alerts sources add: {string.Join("; ", problems)}").ConfigureAwait(false);
            return 2;
        }

        var configuration = SourceCliServices.Configuration(settingsFile);
        if (await SourceCliServices.StoreAsync(configuration, stderr, cancellationToken).ConfigureAwait(false) is not { } store)
        {
            return 1;
        }

        var exit = 0;
        foreach (var source in sources)
        {
            if (!replace && await store.GetAsync(source.Id, cancellationToken).ConfigureAwait(false) is not null)
            {
                await stderr.WriteLineAsync($"alerts sources add: {source.Id} exists (use --replace to change it)").ConfigureAwait(false);
                exit = 1;
                continue;
            }

            await store.UpsertAsync(source, cancellationToken).ConfigureAwait(false);
            await stdout.WriteLineAsync(SourceJson.Line(source)).ConfigureAwait(false);
        }

        return exit;
    }

    /// <summary>Enables or disables sources by id; unknown ids are reported and give exit code 1.</summary>
    public static async Task<int> SetEnabledAsync(
        IReadOnlyList<string> ids, bool enabled, string? settingsFile, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var configuration = SourceCliServices.Configuration(settingsFile);
        if (await SourceCliServices.StoreAsync(configuration, stderr, cancellationToken).ConfigureAwait(false) is not { } store)
        {
            return 1;
        }

        var exit = 0;
        foreach (var id in ids)
        {
            if (await store.GetAsync(id, cancellationToken).ConfigureAwait(false) is not { } source)
            {
                await stderr.WriteLineAsync($"alerts sources: no source with id {id}").ConfigureAwait(false);
                exit = 1;
                continue;
            }

            var changed = source with { Enabled = enabled };
            await store.UpsertAsync(changed, cancellationToken).ConfigureAwait(false);
            await stdout.WriteLineAsync(SourceJson.Line(changed)).ConfigureAwait(false);
        }

        return exit;
    }
}
