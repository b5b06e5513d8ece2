using System.Text.Json;

namespace Alerts.Cli.Run;

/// <summary>Writes one JSON line per function invocation to stdout, for people and scripts to follow.</summary>
internal sealed class RunJournal(TextWriter output, TimeProvider time)
{
    private readonly Lock _gate = new();

    public void Invoked(string function, string outcome, int outputs, TimeSpan duration, string? error) =>
        Write(new { time = time.GetUtcNow(), @event = "invocation", function, outcome, outputs, durationMs = Math.Round(duration.TotalMilliseconds, 1), error });

    public void Write(object line)
    {
        var json = JsonSerializer.Serialize(line, new JsonSerializerOptions { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull });
        lock (_gate)
        {
            output.WriteLine(json);
            output.Flush();
        }
    }
}
