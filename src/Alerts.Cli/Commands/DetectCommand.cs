using System.CommandLine;

namespace Alerts.Cli.Commands;

/// <summary><c>alerts detect</c>: runs detection over JSON lines (filled in by the detection issue).</summary>
internal static class DetectCommand
{
    public static Command Create()
    {
        var command = new Command("detect", "Run exchange detection over JSON lines (stdin by default).");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("alerts detect: not implemented yet");
            return 2;
        });
        return command;
    }
}
