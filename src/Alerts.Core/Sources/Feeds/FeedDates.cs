using System.Globalization;
using System.Text.RegularExpressions;

namespace Alerts.Core.Sources.Feeds;

/// <summary>Dates as feeds write them: ISO 8601 / RFC 3339, RFC 822 (with named zones), GDELT's compact form.</summary>
public static partial class FeedDates
{
    private static readonly Dictionary<string, int> ZoneHours = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = 0, ["UT"] = 0, ["UTC"] = 0, ["Z"] = 0,
        ["EST"] = -5, ["EDT"] = -4, ["CST"] = -6, ["CDT"] = -5, ["MST"] = -7, ["MDT"] = -6, ["PST"] = -8, ["PDT"] = -7,
        ["CET"] = 1, ["CEST"] = 2, ["EET"] = 2, ["EEST"] = 3, ["MSK"] = 3, ["BST"] = 1,
    };

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        if (DateTimeOffset.TryParseExact(text, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var compact))
        {
            return compact;
        }

        var rfc822 = Rfc822().Match(text);
        if (rfc822.Success)
        {
            return FromRfc822(rfc822);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) ? parsed : null;
    }

    private static DateTimeOffset? FromRfc822(Match m)
    {
        var month = Array.IndexOf(Months, m.Groups["mon"].Value[..3].ToLowerInvariant()) + 1;
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        year += year < 100 ? (year < 50 ? 2000 : 1900) : 0;
        var zone = m.Groups["z"].Value;
        TimeSpan offset;
        if (zone.Length == 0)
        {
            offset = TimeSpan.Zero;
        }
        else if (zone[0] is '+' or '-')
        {
            var digits = zone[1..].Replace(":", "", StringComparison.Ordinal);
            var hours = int.Parse(digits[..2], CultureInfo.InvariantCulture);
            var minutes = digits.Length >= 4 ? int.Parse(digits[2..4], CultureInfo.InvariantCulture) : 0;
            offset = new TimeSpan(hours, minutes, 0) * (zone[0] == '-' ? -1 : 1);
        }
        else if (ZoneHours.TryGetValue(zone, out var h))
        {
            offset = TimeSpan.FromHours(h);
        }
        else
        {
            offset = TimeSpan.Zero;
        }

        try
        {
            var second = m.Groups["s"].Success ? int.Parse(m.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
            return new DateTimeOffset(
                year, month, int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture),
                int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["mi"].Value, CultureInfo.InvariantCulture), second, offset);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^(?:[A-Za-z]{3,9},?\s*)?(?<d>\d{1,2})\s+(?<mon>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?\s+(?<y>\d{2,4})\s+(?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2}))?\s*(?<z>[+-]\d{2}:?\d{2}|[A-Za-z]{1,5})?$")]
    private static partial Regex Rfc822();
}
