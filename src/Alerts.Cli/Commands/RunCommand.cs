using System.CommandLine;
using Alerts.Cli.Run;

namespace Alerts.Cli.Commands;

/// <summary><c>alerts run</c>: the service locally, without Azure Functions Core Tools.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var once = new Option<bool>("--once") { Description = "Run one poll → process → notify cycle, wait until the queues are empty, and exit." };
        var port = new Option<int>("--port") { Description = "Loopback port of the HTTP functions.", DefaultValueFactory = _ => LocalDefaults.HttpPort };
        var settings = new Option<FileInfo?>("--settings") { Description = "A JSON settings file (same keys as app settings; environment variables still win)." };
        var timeout = new Option<TimeSpan>("--timeout") { Description = "With --once: give up after this long (exit 1).", DefaultValueFactory = _ => TimeSpan.FromMinutes(5) };
        var verbose = new Option<bool>("--verbose") { Description = "Debug logging on stderr." };
        var command = new Command("run", "Run the service locally: the Functions app's own functions on their triggers, against Azurite (started for you) or AzureWebJobsStorage.")
        {
            once, port, settings, timeout, verbose,
        };
        command.SetAction((parse, cancellationToken) => LocalRunner.RunAsync(
            new RunRequest(parse.GetValue(once), parse.GetValue(port), parse.GetValue(settings)?.FullName, parse.GetValue(timeout), parse.GetValue(verbose)),
            Console.Out, Console.Error, cancellationToken));
        return command;
    }
}
