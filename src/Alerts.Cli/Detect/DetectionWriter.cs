using System.Text.Json;
using Alerts.Core.Detection;

namespace Alerts.Cli.Detect;

/// <summary>Writes one detection as a JSON line in the format of <c>alerts detect</c>.</summary>
internal static class DetectionWriter
{
    public static void Write(Utf8JsonWriter json, string id, Detection detection, string? eventId, bool explain)
    {
        json.WriteStartObject();
        json.WriteString("id", id);
        json.WriteBoolean("is_exchange", detection.IsExchange);
        if (eventId is null)
        {
            json.WriteNull("event_id");
        }
        else
        {
            json.WriteString("event_id", eventId);
        }

        if (detection.Exchange is { } facts && detection.IsExchange)
        {
            json.WriteStartObject("exchange");
            if (facts.Date is { } date)
            {
                json.WriteString("date", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                json.WriteNull("date");
            }

            WriteCounts(json, "returned_to", facts.ReturnedTo);
            WriteCounts(json, "civilians_returned_to", facts.CiviliansReturnedTo);
            WriteStrings(json, "mediators", facts.Mediators);
            WriteStrings(json, "transit", facts.Transit);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("exchange");
        }

        json.WriteStartArray("counts");
        foreach (var count in detection.Counts)
        {
            json.WriteStartObject();
            json.WriteString("metric", count.Metric == StatisticMetric.Held ? "held" : "returned_total");
            json.WriteString("party", count.Party.ToString());
            json.WriteNumber("value", count.Value);
            json.WriteString("qualifier", count.Qualifier switch
            {
                CountQualifier.Approx => "approx",
                CountQualifier.AtLeast => "at_least",
                CountQualifier.AtMost => "at_most",
                _ => "exact",
            });
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("confidence", detection.Confidence);
        if (explain)
        {
            json.WriteString("language", detection.Language);
            WriteStrings(json, "evidence", detection.Evidence);
        }

        json.WriteEndObject();
    }

    private static void WriteCounts(Utf8JsonWriter json, string name, PartyCounts counts)
    {
        json.WriteStartObject(name);
        foreach (var party in new[] { Party.RU, Party.UA })
        {
            if (counts[party] is { } value)
            {
                json.WriteNumber(party.ToString(), value);
            }
            else
            {
                json.WriteNull(party.ToString());
            }
        }

        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
