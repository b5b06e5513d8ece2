using System.CommandLine;
using System.Text;
using Alerts.Cli.Detect;

namespace Alerts.Cli.Commands;

/// <summary>
/// <c>alerts detect [--input FILE] [--output FILE] [--explain]</c>: runs exchange detection over
/// JSON lines (for backtesting on archives). Exit codes: 0 all lines read, 1 some lines were bad
/// (reported on stderr, the rest processed), 2 usage (unknown option, missing input file).
/// </summary>
internal static class DetectCommand
{
    public static Command Create()
    {
        var input = new Option<FileInfo?>("--input", "-i") { Description = "JSON lines to read (default: stdin)." };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Where to write the JSON lines (default: stdout)." };
        var explain = new Option<bool>("--explain") { Description = "Add the evidence behind each decision (rules that fired, why a hard negative was rejected)." };
        var command = new Command(
            "detect",
            "Detect prisoner-of-war exchange reports in JSON lines {id, source, url, published, language?, title, text}; " +
            "writes one JSON line per input with is_exchange, event_id, exchange facts, count statistics and confidence.")
        {
            input,
            output,
            explain,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var errors = parse.InvocationConfiguration.Error;
            var inputFile = parse.GetValue(input);
            if (inputFile is { Exists: false })
            {
                await errors.WriteLineAsync($"alerts detect: input file not found: {inputFile.FullName}").ConfigureAwait(false);
                return 2;
            }

            using var reader = inputFile is null ? Console.In : new StreamReader(inputFile.FullName, Encoding.UTF8);
            var outputFile = parse.GetValue(output);
            await using var stream = outputFile is null
                ? Console.OpenStandardOutput()
                : new FileStream(outputFile.FullName, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
            await using var buffered = new BufferedStream(stream, 1 << 16);
            var runner = new DetectRunner(reader, buffered, errors, parse.GetValue(explain));
            var bad = await runner.RunAsync(cancellationToken).ConfigureAwait(false);
            if (bad > 0)
            {
                await errors.WriteLineAsync($"alerts detect: {bad} bad line(s) skipped").ConfigureAwait(false);
            }

            return bad > 0 ? 1 : 0;
        });
        return command;
    }
}
