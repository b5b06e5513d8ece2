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

    /// <summary>Lines read and detected together; detection runs on every core, clustering and output stay in input order.</summary>
    private const int ChunkSize = 2048;

    /// <summary>Returns the number of bad lines.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var detector = new ExchangeDetector();
        var batch = new ExchangeBatch();
        var bad = 0;
        var number = 0;
        var lines = new List<(int Number, string Line)>(ChunkSize);
        var results = new (SourceItem? Item, Detection? Detection, string Error)[ChunkSize];
        await using var json = new Utf8JsonWriter(output, WriterOptions);
        var done = false;
        while (!done)
        {
            lines.Clear();
            while (lines.Count < ChunkSize)
            {
                if (await input.ReadLineAsync(cancellationToken).ConfigureAwait(false) is not { } line)
                {
                    done = true;
                    break;
                }

                number++;
                if (!string.IsNullOrWhiteSpace(line))
                {
                    lines.Add((number, line));
                }
            }

            // The detector is stateless and thread-safe: items are read in parallel.
            Parallel.For(0, lines.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            {
                var item = Parse(lines[i].Line, out var error);
                results[i] = (item, item is null ? null : detector.Detect(item), error);
            });

            for (var i = 0; i < lines.Count; i++)
            {
                var (item, detection, error) = results[i];
                if (item is null || detection is null)
                {
                    bad++;
                    await errors.WriteLineAsync($"line {lines[i].Number}: {error}").ConfigureAwait(false);
                    continue;
                }

                var eventId = detection.IsExchange ? batch.Add(item, detection) : null;
                DetectionWriter.Write(json, item.Id, detection, eventId, explain);
                await json.FlushAsync(cancellationToken).ConfigureAwait(false);
                output.WriteByte((byte)'\n');
                json.Reset(output);
            }
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
