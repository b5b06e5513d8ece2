using System.Text.Json.Serialization;
using Alerts.Core.Detection;
using Alerts.Core.Exchanges;

namespace Alerts.Core.Alerting;

/// <summary>What an alert tells. Wire names are dot-delimited (see <see cref="AlertTypes"/>).</summary>
[JsonConverter(typeof(AlertTypeJsonConverter))]
public enum AlertType
{
    ExchangeReported,
    ExchangeCountsChanged,
    StatisticChanged,
}

/// <summary>A number that changed: old → new.</summary>
public sealed record CountChange(string Field, int? Old, int New)
{
    public int? Delta => Old is { } old ? New - old : null;
}

/// <summary>
/// One alert per real event or change. Its id is deterministic, so raising it twice (a retried
/// message, two instances racing) stores and delivers it once.
/// </summary>
public sealed record Alert
{
    public required string Id { get; init; }

    public required AlertType Type { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The exchange as it stood when the alert was raised (exchange alerts).</summary>
    public ExchangeEvent? Exchange { get; init; }

    /// <summary>The statistic as it stood when the alert was raised (statistic alerts).</summary>
    public StatisticRecord? Statistic { get; init; }

    public IReadOnlyList<CountChange> Changes { get; init; } = [];

    /// <summary>Source languages of the reports behind the alert, for subscriber filters.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>The largest number returned to one side (exchange alerts), for size filters.</summary>
    public int Size => Exchange is null ? 0 : Math.Max(Exchange.ReturnedTo.RU ?? 0, Exchange.ReturnedTo.UA ?? 0);

    /// <summary>The parties the alert concerns, for party filters.</summary>
    public IReadOnlyList<Party> Parties { get; init; } = [];
}

/// <summary>The wire names of alert types (webhook types, Service Bus subjects).</summary>
public static class AlertTypes
{
    public static string WireName(AlertType type) => type switch
    {
        AlertType.ExchangeReported => "exchange.reported",
        AlertType.ExchangeCountsChanged => "exchange.counts_changed",
        AlertType.StatisticChanged => "statistic.changed",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>Reads a wire name ("exchange.reported") or an enum name ("ExchangeReported"), any case.</summary>
    public static bool TryParse(string? value, out AlertType type)
    {
        foreach (var candidate in Enum.GetValues<AlertType>())
        {
            if (string.Equals(value, WireName(candidate), StringComparison.OrdinalIgnoreCase)
                || string.Equals(value, candidate.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                type = candidate;
                return true;
            }
        }

        type = default;
        return false;
    }
}

/// <summary>Writes the dot-delimited wire names ("exchange.reported"); reads them and enum names ("ExchangeReported").</summary>
public sealed class AlertTypeJsonConverter : JsonConverter<AlertType>
{
    public override AlertType Read(ref System.Text.Json.Utf8JsonReader reader, Type typeToConvert, System.Text.Json.JsonSerializerOptions options)
    {
        var value = reader.TokenType == System.Text.Json.JsonTokenType.String ? reader.GetString() : null;
        return AlertTypes.TryParse(value, out var type)
            ? type
            : throw new System.Text.Json.JsonException($"Unknown event type '{value}'; use {string.Join(", ", Enum.GetValues<AlertType>().Select(AlertTypes.WireName))}.");
    }

    public override void Write(System.Text.Json.Utf8JsonWriter writer, AlertType value, System.Text.Json.JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(AlertTypes.WireName(value));
    }
}
