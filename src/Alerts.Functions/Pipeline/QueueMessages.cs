using System.Text.Json;

namespace Alerts.Functions.Pipeline;

/// <summary>Queue messages are JSON (or a plain id); output bindings receive them as strings.</summary>
internal static class QueueMessages
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string[] ToJson<T>(IEnumerable<T> messages) => messages.Select(m => JsonSerializer.Serialize(m, Json)).ToArray();
}
