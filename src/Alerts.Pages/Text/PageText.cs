using System.Globalization;
using System.Text.Json;
using Alerts.Core.Digests;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Alerts.Pages.Text;

/// <summary>The interface text of one language (en, uk, ru), from the embedded page-text.json.</summary>
public sealed class PageText
{
    /// <summary>The languages of the interface; the first is the default.</summary>
    public static readonly IReadOnlyList<string> Languages = ["en", "uk", "ru"];

    private static readonly Lazy<IReadOnlyDictionary<string, PageText>> All = new(Load);

    private readonly IReadOnlyDictionary<string, string> _strings;

    private PageText(string language, IReadOnlyDictionary<string, string> strings)
    {
        Language = language;
        _strings = strings;
        Culture = CultureInfo.GetCultureInfo(strings["culture"]);
    }

    /// <summary>"en", "uk" or "ru": the lang attribute and the ?lang= value.</summary>
    public string Language { get; }

    public CultureInfo Culture { get; }

    /// <summary>Every key of the English text; each language has the same keys (a test checks it).</summary>
    public static IEnumerable<string> Keys => All.Value["en"]._strings.Keys;

    public string this[string key] => _strings.TryGetValue(key, out var value) ? value : All.Value["en"]._strings[key];

    public static PageText For(string? language) =>
        All.Value.TryGetValue(language ?? "", out var text) ? text : All.Value["en"];

    /// <summary>?lang= when it names a language of the interface, else the best of Accept-Language, else English.</summary>
    public static PageText For(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var asked = request.Query["lang"].ToString();
        if (Languages.Contains(asked))
        {
            return For(asked);
        }

        var accepted = request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is null or > 0)
            .OrderByDescending(l => l.Quality ?? 1);
        foreach (var value in accepted)
        {
            var primary = value.Value.ToString().Split('-')[0].ToLowerInvariant();
            if (Languages.Contains(primary))
            {
                return For(primary);
            }
        }

        return For("en");
    }

    public string Format(string key, params object?[] values) => string.Format(Culture, this[key], values);

    public string Number(int? value) => value?.ToString("N0", Culture) ?? this["exchanges.unknown"];

    public string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", Culture) ?? this["exchanges.dateUnknown"];

    public string Date(DateTimeOffset moment) => Date(DateOnly.FromDateTime(moment.UtcDateTime));

    public string Country(string code) =>
        _strings.TryGetValue("country." + code.ToUpperInvariant(), out var name) ? name : AlertText.Country(code);

    private static Dictionary<string, PageText> Load()
    {
        using var stream = typeof(PageText).Assembly.GetManifestResourceStream("Alerts.Pages.page-text.json")
            ?? throw new InvalidOperationException("page-text.json is not embedded");
        var all = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(stream)
            ?? throw new InvalidOperationException("page-text.json is empty");
        return all.ToDictionary(l => l.Key, l => new PageText(l.Key, l.Value));
    }
}
