using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Alerts.Core.Items;

namespace Alerts.Cli.Sources;

/// <summary>JSON lines on stdout: camelCase, no nulls, Cyrillic kept readable.</summary>
internal static class SourceJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Line<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>An item in the input format of <c>alerts detect</c>.</summary>
    public static string DetectInput(SourceItem item) => Line(new
    {
        id = item.Id,
        source = item.SourceId,
        url = item.Url,
        published = item.Published,
        language = item.Language,
        title = item.Title,
        text = item.Text,
    });
}
