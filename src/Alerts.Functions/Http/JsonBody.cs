using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Alerts.Functions.Http;

/// <summary>Reads a JSON request body, or says why it cannot (as problem details).</summary>
internal static class JsonBody
{
    /// <summary>Web defaults; days of the week by name ("friday"). Other enums bring their own converters.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter<DayOfWeek>() },
    };

    public static async Task<(T? Value, IActionResult? Problem)> ReadAsync<T>(HttpRequest request, string what, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, Json, cancellationToken).ConfigureAwait(false);
            return value is null ? (null, Problems.Status(StatusCodes.Status400BadRequest, "The body is empty.")) : (value, null);
        }
        catch (JsonException ex)
        {
            var field = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "body" : ex.Path.TrimStart('$', '.');
            return (null, Problems.Validation(new Dictionary<string, string[]> { [field] = [$"Not valid JSON for {what}: {ex.Message}"] }));
        }
    }
}
