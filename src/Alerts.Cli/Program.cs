using System.CommandLine;
using Alerts.Cli.Commands;

var root = new RootCommand("Alerts: watches news sources for prisoner-of-war exchange reports and alerts subscribers.")
{
    RunCommand.Create(),
    DetectCommand.Create(),
    SubscribersCommand.Create(),
    SourcesCommand.Create(),
};
return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
