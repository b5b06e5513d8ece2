using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Alerts.Core.Items;

namespace Alerts.Core.Sources.Demo;

/// <summary>
/// The bundled offline source: replays sample reports written for this project, a few per poll,
/// so a newcomer sees exchanges detected, counts revised and digests sent without any network.
/// </summary>
public sealed class DemoSourceReader : ISourceReader
{
    /// <summary>How many more reports each poll reveals.</summary>
    public const int ReportsPerPoll = 4;

    private static readonly Lazy<IReadOnlyList<DemoReport>> Reports = new(Load);

    public SourceKind Kind => SourceKind.Demo;

    public Task<SourceReadResult> ReadAsync(Source source, SourceState state, CancellationToken cancellationToken)
    {
        var shown = int.TryParse(state.Cursor, CultureInfo.InvariantCulture, out var n) ? n : 0;
        var upTo = Math.Min(Reports.Value.Count, shown + ReportsPerPoll);
        var items = Reports.Value.Take(upTo).Select(r => r.ToItem(source.Id)).ToList();
        return Task.FromResult(new SourceReadResult
        {
            Items = items,
            Cursor = upTo.ToString(CultureInfo.InvariantCulture),
        });
    }

    private static List<DemoReport> Load()
    {
        using var stream = Assembly.GetExecutingAssembly()
            .GetManifestResourceStream("Alerts.Core.Sources.Demo.demo-reports.jsonl")
            ?? throw new InvalidOperationException("demo-reports.jsonl is not embedded");
        using var reader = new StreamReader(stream);
        var reports = new List<DemoReport>();
        while (reader.ReadLine() is { } line)
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                reports.Add(JsonSerializer.Deserialize(line, DemoJson.Default.DemoReport)!);
            }
        }

        return reports;
    }
}

internal sealed record DemoReport(string Id, string Url, DateTimeOffset Published, string Language, string Title, string Text)
{
    public SourceItem ToItem(string sourceId) => new()
    {
        Id = Id,
        SourceId = sourceId,
        Url = Url,
        Published = Published,
        Language = Language,
        Title = Title,
        Text = Text,
    };
}

[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
[System.Text.Json.Serialization.JsonSerializable(typeof(DemoReport))]
internal sealed partial class DemoJson : System.Text.Json.Serialization.JsonSerializerContext;
