using System.CommandLine;
using Alerts.Cli.Commands;

var root = new RootCommand("Alerts: watches news sources for prisoner-of-war exchange reports and alerts subscribers.")
{
    RunCommand.Create(),
    DetectCommand.Create(),
    SubscribersCommand.Create(),
    SourcesCommand.Create(),
};
var parse = root.Parse(args);
if (parse.Errors.Count > 0 && parse.Action is not System.CommandLine.Help.HelpAction)
{
    // Usage errors exit with 2 (the team's CLI convention), not System.CommandLine's default 1.
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine(error.Message);
    }

    Console.Error.WriteLine("Run 'alerts --help' for usage.");
    return 2;
}

return await parse.InvokeAsync().ConfigureAwait(false);
