namespace Alerts.Core.Detection.Text;

/// <summary>Tells English, Russian and Ukrainian apart by their letters.</summary>
internal static class LanguageGuesser
{
    public static string Guess(string text)
    {
        int cyrillic = 0, latin = 0, ukrainian = 0, russian = 0;
        foreach (var c in text)
        {
            switch (c)
            {
                case 'ы' or 'э' or 'ъ' or 'ё' or 'Ы' or 'Э' or 'Ъ' or 'Ё':
                    cyrillic++;
                    russian++;
                    break;
                case >= 'а' and <= 'я' or >= 'А' and <= 'Я':
                    cyrillic++;
                    break;
                case 'і' or 'ї' or 'є' or 'ґ' or 'І' or 'Ї' or 'Є' or 'Ґ':
                    cyrillic++;
                    ukrainian++;
                    break;
                case >= 'a' and <= 'z' or >= 'A' and <= 'Z':
                    latin++;
                    break;
            }
        }

        if (cyrillic <= latin)
        {
            return "en";
        }

        return ukrainian > russian ? "uk" : "ru";
    }

    /// <summary>The language an item declares, when it is one detection reads.</summary>
    public static string? Known(string? language) => language?.Trim().ToLowerInvariant() switch
    {
        "en" or "en-us" or "en-gb" => "en",
        "ru" or "ru-ru" => "ru",
        "uk" or "uk-ua" or "ua" => "uk",
        _ => null,
    };
}
