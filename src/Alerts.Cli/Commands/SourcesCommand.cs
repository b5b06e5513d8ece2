using System.CommandLine;
using Alerts.Cli.Sources;
using Alerts.Core.Sources;
using Alerts.Core.Sources.Health;

namespace Alerts.Cli.Commands;

/// <summary><c>alerts sources list | add | disable | enable | preview</c>.</summary>
internal static class SourcesCommand
{
    private static Option<FileInfo?> SettingsOption() => new("--settings") { Description = "A JSON settings file (same keys as app settings; environment variables win)." };

    public static Command Create() => new("sources", "Manage the news sources the service polls, see their health, and preview a URL.")
    {
        List(), Add(), Toggle("enable", true), Toggle("disable", false), Preview(),
    };

    private static Command List()
    {
        var settings = SettingsOption();
        var status = new Option<SourceStatus?>("--status") { Description = "Only sources in this status (Ok, NeverPolled, Failing, Broken, Disabled)." };
        var command = new Command("list", "Each source with its health (last success, last error, consecutive failures, next poll) as JSON lines.")
        {
            status, settings,
        };
        command.SetAction((parse, ct) => SourceAdmin.ListAsync(
            parse.GetValue(settings)?.FullName, parse.GetValue(status), Console.Out, Console.Error, TimeProvider.System, ct));
        return command;
    }

    private static Command Add()
    {
        var settings = SettingsOption();
        var file = new Option<FileInfo?>("--file") { Description = "Add every source in a registry file (the format of default-sources.json)." };
        var id = new Option<string?>("--id") { Description = "The source id (letters, digits, dashes)." };
        var url = new Option<string?>("--url") { Description = "The feed, t.me/s/<channel> or page URL." };
        var name = new Option<string?>("--name") { Description = "A display name." };
        var replace = new Option<bool>("--replace") { Description = "Replace a source with the same id (its polling state is kept)." };
        var definition = new SourceDefinitionOptions();
        var command = new Command("add", "Add a source (checked first), or every source in a registry file.")
        {
            file, id, url, name, replace, settings,
        };
        definition.AddTo(command, withInterval: true);
        command.SetAction(async (parse, ct) =>
        {
            IReadOnlyList<Source> sources;
            if (parse.GetValue(file) is { } registry)
            {
                try
                {
                    sources = SourceRegistry.Parse(await File.ReadAllTextAsync(registry.FullName, ct).ConfigureAwait(false));
                }
                catch (Exception ex) when (ex is FormatException or IOException)
                {
                    await Console.Error.WriteLineAsync($"alerts sources add: {registry.Name}: {ex.Message}").ConfigureAwait(false);
                    return 2;
                }
            }
            else if (parse.GetValue(id) is { } sourceId && parse.GetValue(url) is { } sourceUrl)
            {
                sources = [definition.Source(parse, sourceId, sourceUrl, parse.GetValue(name))];
            }
            else
            {
                await Console.Error.WriteLineAsync("alerts sources add: give --id and --url, or --file").ConfigureAwait(false);
                return 2;
            }

            return await SourceAdmin.AddAsync(sources, parse.GetValue(replace), parse.GetValue(settings)?.FullName, Console.Out, Console.Error, ct).ConfigureAwait(false);
        });
        return command;
    }

    private static Command Toggle(string verb, bool enabled)
    {
        var settings = SettingsOption();
        var ids = new Argument<string[]>("id") { Description = "Source ids.", Arity = ArgumentArity.OneOrMore };
        var command = new Command(verb, enabled ? "Poll these sources again." : "Stop polling these sources (their state is kept).") { ids, settings };
        command.SetAction((parse, ct) => SourceAdmin.SetEnabledAsync(
            parse.GetValue(ids) ?? [], enabled, parse.GetValue(settings)?.FullName, Console.Out, Console.Error, ct));
        return command;
    }

    private static Command Preview()
    {
        var settings = SettingsOption();
        var url = new Argument<string>("url") { Description = "The feed, t.me/s/<channel> or page URL." };
        var allowPrivate = new Option<bool>("--allow-private-network") { Description = "Let the preview reach loopback and private addresses (local testing); refused otherwise." };
        var definition = new SourceDefinitionOptions();
        var command = new Command("preview", "Fetch a URL once and print its items as JSON lines in the `alerts detect` input format; stores nothing.")
        {
            url, allowPrivate, settings,
        };
        definition.AddTo(command, withInterval: false);
        command.SetAction((parse, ct) =>
        {
            var source = definition.Source(parse, "preview", parse.GetValue(url)!, null);
            return SourcePreviewRunner.RunAsync(
                new PreviewRequest(source.Url, definition.Kind(parse), parse.GetValue(allowPrivate), source.Charset, source.Language, source.Selectors, parse.GetValue(settings)?.FullName),
                Console.Out, Console.Error, ct);
        });
        return command;
    }
}
