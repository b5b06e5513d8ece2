using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Alerts.Cli.Commands;

namespace Alerts.Cli.Tests.Detect;

public sealed class DetectCommandTests : IDisposable
{
    private const string Swap = """{"id": "a", "source": "wire", "url": "https://x.invalid/a", "published": "2026-04-19T11:00:00Z", "language": "en", "title": "Russia and Ukraine swap 246 prisoners each", "text": "The exchange took place on Sunday with the help of the UAE."}""";
    private const string SameSwapInUkrainian = """{"id": "b", "source": "tg", "published": "2026-04-19T12:00:00+03:00", "title": "", "text": "Сьогодні додому з полону повернулися 246 українських захисників."}""";
    private const string Fire = """{"id": "c", "source": "wire", "published": "2026-04-19T13:00:00Z", "language": "en", "title": "Exchange of fire", "text": "Troops exchanged fire overnight near Pokrovsk."}""";

    private readonly string directory = Directory.CreateTempSubdirectory("alerts-detect-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public async Task Invoke_GoodLines_WritesOneLinePerInputInOrderWithSharedEventIds()
    {
        var (code, lines, errors) = await RunAsync([Swap, SameSwapInUkrainian, Fire]);

        Assert.Equal(0, code);
        Assert.Equal("", errors);
        Assert.Equal(["a", "b", "c"], lines.Select(l => l.GetProperty("id").GetString()));
        Assert.True(lines[0].GetProperty("is_exchange").GetBoolean());
        Assert.Equal(246, lines[0].GetProperty("exchange").GetProperty("returned_to").GetProperty("RU").GetInt32());
        Assert.Equal("2026-04-19", lines[0].GetProperty("exchange").GetProperty("date").GetString());
        Assert.Equal("AE", lines[0].GetProperty("exchange").GetProperty("mediators")[0].GetString());
        Assert.Equal(lines[0].GetProperty("event_id").GetString(), lines[1].GetProperty("event_id").GetString());
        Assert.Equal(JsonValueKind.Null, lines[1].GetProperty("exchange").GetProperty("returned_to").GetProperty("RU").ValueKind);
        Assert.False(lines[2].GetProperty("is_exchange").GetBoolean());
        Assert.Equal(JsonValueKind.Null, lines[2].GetProperty("event_id").ValueKind);
        Assert.Equal(JsonValueKind.Null, lines[2].GetProperty("exchange").ValueKind);
        Assert.False(lines[0].TryGetProperty("evidence", out _));
    }

    [Fact]
    public async Task Invoke_BadLines_ReportsEachLineNumberAndProcessesTheRest()
    {
        var (code, lines, errors) = await RunAsync([Swap, "{not json", """{"id": "x", "text": "no time"}""", "", Fire]);

        Assert.Equal(1, code);
        Assert.Equal(["a", "c"], lines.Select(l => l.GetProperty("id").GetString()));
        Assert.Contains("line 2: not a JSON object", errors, StringComparison.Ordinal);
        Assert.Contains("line 3: missing \"published\"", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_Explain_SaysWhichEvidenceFiredAndWhyANegativeWasRejected()
    {
        var (_, lines, _) = await RunAsync([Swap, Fire], "--explain");

        Assert.Contains(lines[0].GetProperty("evidence").EnumerateArray(), e => e.GetString()!.StartsWith("exchange wording", StringComparison.Ordinal));
        Assert.Contains(lines[1].GetProperty("evidence").EnumerateArray(), e => e.GetString()!.Contains("not a prisoner exchange", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Invoke_MissingInputFile_ExitsWithUsageCode()
    {
        var error = new StringWriter();

        var code = await Root().Parse(["detect", "--input", Path.Combine(directory, "none.jsonl")]).InvokeAsync(new InvocationConfiguration { Output = new StringWriter(), Error = error });

        Assert.Equal(2, code);
        Assert.Contains("input file not found", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_Help_DescribesTheOptions()
    {
        var output = new StringWriter();

        var code = await Root().Parse(["detect", "--help"]).InvokeAsync(new InvocationConfiguration { Output = output, Error = new StringWriter() });

        Assert.Equal(0, code);
        Assert.Contains("--input", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("--explain", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Process_StdinToStdout_WritesJsonLinesAndUsageErrorsExitWith2()
    {
        var alerts = Path.Combine(AppContext.BaseDirectory, "alerts.dll");
        var (code, stdout, _) = await ProcessAsync(alerts, ["detect"], Swap + "\n" + Fire + "\n");
        var (usage, _, stderr) = await ProcessAsync(alerts, ["detect", "--no-such-option"], "");

        Assert.Equal(0, code);
        Assert.Equal(2, stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(2, usage);
        Assert.Contains("--no-such-option", stderr, StringComparison.Ordinal);
    }

    private static RootCommand Root() => new() { DetectCommand.Create() };

    private async Task<(int Code, List<JsonElement> Lines, string Errors)> RunAsync(string[] input, params string[] options)
    {
        var inputFile = Path.Combine(directory, "in.jsonl");
        var outputFile = Path.Combine(directory, "out.jsonl");
        await File.WriteAllLinesAsync(inputFile, input);
        var error = new StringWriter();

        var code = await Root().Parse(["detect", "--input", inputFile, "--output", outputFile, .. options])
            .InvokeAsync(new InvocationConfiguration { Output = new StringWriter(), Error = error });

        var lines = (await File.ReadAllLinesAsync(outputFile)).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        return (code, lines, error.ToString());
    }

    private static async Task<(int Code, string Stdout, string Stderr)> ProcessAsync(string dll, string[] args, string stdin)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }
}
