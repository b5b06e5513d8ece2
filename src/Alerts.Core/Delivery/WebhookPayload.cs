using System.Text.Json;
using System.Text.Json.Serialization;
using Alerts.Core.Alerting;

namespace Alerts.Core.Delivery;

/// <summary>The JSON body of a webhook: {type, timestamp, data}.</summary>
public static class WebhookPayload
{
    public const string DigestReady = "digest.ready";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static string ForAlert(Alert alert) =>
        Serialize(AlertTypes.WireName(alert.Type), alert.CreatedAt, Data(alert));

    public static string ForDigest(IReadOnlyList<Alert> alerts, DateTimeOffset periodEnd) =>
        Serialize(DigestReady, periodEnd, new { period_end = periodEnd, alerts = alerts.Select(a => new { type = AlertTypes.WireName(a.Type), data = Data(a) }) });

    /// <summary>A test event a subscriber asked for (manage API): type "webhook.test".</summary>
    public static string Test(DateTimeOffset now) => Serialize("webhook.test", now, new { message = "Test event from Alerts: your endpoint works. Nothing happened." });

    public static string Ping(DateTimeOffset now) => Serialize("webhook.verification", now, new { message = "Verification ping from Alerts: answer 2xx to activate." });

    /// <summary>The "data" of an alert's payload alone, as JSON (also the data of its CloudEvent).</summary>
    public static string DataJson(Alert alert) => JsonSerializer.Serialize(Data(alert), Json);

    private static object Data(Alert alert) => new
    {
        id = alert.Id,
        summary = Digests.AlertText.Summary(alert),
        exchange = alert.Exchange,
        statistic = alert.Statistic,
        changes = alert.Changes.Select(c => new { field = c.Field, old = c.Old, @new = c.New, delta = c.Delta }),
    };

    private static string Serialize(string type, DateTimeOffset timestamp, object data) =>
        JsonSerializer.Serialize(new { type, timestamp, data }, Json);
}
