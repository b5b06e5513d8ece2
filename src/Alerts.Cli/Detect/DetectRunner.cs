using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Alerts.Core.Detection;
using Alerts.Core.Exchanges;
using Alerts.Core.Items;

namespace Alerts.Cli.Detect;

/// <summary>
/// Runs detection over JSON lines: one output line per good input line, in input order, with
/// event ids shared by the items of one exchange (<see cref="ExchangeBatch"/>). A bad line is
/// reported on the error writer with its line number; the rest is still processed.
/// </summary>
internal sealed class DetectRunner(TextReader input, Stream output, TextWriter errors, bool explain)
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Returns the number of bad lines.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var detector = new ExchangeDetector();
        var batch = new ExchangeBatch();
        var bad = 0;
        var number = 0;
        await using var json = new Utf8JsonWriter(output, WriterOptions);
        while (await input.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (Parse(line, out var error) is not { } item)
            {
                bad++;
                await errors.WriteLineAsync($"line {number}: {error}").ConfigureAwait(false);
                continue;
            }

            var detection = detector.Detect(item);
            var eventId = detection.IsExchange ? batch.Add(item, detection) : null;
            DetectionWriter.Write(json, item.Id, detection, eventId, explain);
            await json.FlushAsync(cancellationToken).ConfigureAwait(false);
            output.WriteByte((byte)'\n');
            json.Reset(output);
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return bad;
    }

    private static SourceItem? Parse(string line, out string error)
    {
        DetectInput? input;
        try
        {
            input = JsonSerializer.Deserialize(line, DetectJsonContext.Default.DetectInput);
        }
        catch (JsonException e)
        {
            error = "not a JSON object: " + e.Message;
            return null;
        }

        error = input switch
        {
            null => "not a JSON object",
            { Id: null or "" } => "missing \"id\"",
            { Published: null } => "missing \"published\" (ISO-8601 time)",
            { Title: null or "", Text: null or "" } => "missing \"title\" and \"text\"",
            _ => "",
        };
        if (error.Length > 0)
        {
            return null;
        }

        return new SourceItem
        {
            Id = input!.Id!,
            SourceId = string.IsNullOrEmpty(input.Source) ? "unknown" : input.Source,
            Url = input.Url ?? "",
            Published = input.Published!.Value,
            Language = input.Language,
            Title = input.Title ?? "",
            Text = input.Text ?? "",
        };
    }
}
