using System.Globalization;
using Alerts.Core.Alerting;
using Alerts.Core.Detection;
using Alerts.Core.Exchanges;

namespace Alerts.Core.Digests;

/// <summary>Plain-language wording of alerts, shared by emails, webhooks and pages.</summary>
public static class AlertText
{
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-GB");

    private static readonly Dictionary<string, string> Countries = new(StringComparer.OrdinalIgnoreCase)
    {
        ["AE"] = "UAE", ["QA"] = "Qatar", ["TR"] = "Türkiye", ["SA"] = "Saudi Arabia", ["VA"] = "the Vatican",
        ["BY"] = "Belarus", ["US"] = "the United States", ["CH"] = "Switzerland", ["HU"] = "Hungary",
    };

    public static string Country(string code) => Countries.TryGetValue(code, out var name) ? name : code;

    public static string Number(int? value) => value?.ToString("N0", En) ?? "?";

    public static string Date(DateOnly? date) => date?.ToString("d MMM yyyy", En) ?? "date unknown";

    /// <summary>"Prisoner exchange: 146 for 146, UAE-mediated (24 Aug 2025)".</summary>
    public static string Headline(ExchangeEvent exchange)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        var mediated = exchange.Mediators.Count == 0 ? "" : $", {string.Join("/", exchange.Mediators.Select(Country))}-mediated";
        return $"Prisoner exchange: {Number(exchange.ReturnedTo.RU)} for {Number(exchange.ReturnedTo.UA)}{mediated} ({Date(exchange.Date)})";
    }

    public static string FieldName(string field) => field switch
    {
        "returned_to.RU" => "returned to Russia",
        "returned_to.UA" => "returned to Ukraine",
        "civilians_returned_to.RU" => "civilians returned to Russia",
        "civilians_returned_to.UA" => "civilians returned to Ukraine",
        "held-ru" => "Ukrainians held by Russia",
        "held-ua" => "Russians held by Ukraine",
        "returnedtotal-ru" => "returned to Russia in total",
        "returnedtotal-ua" => "returned to Ukraine in total",
        _ => field,
    };

    /// <summary>"returned to Ukraine 185 → 189 (+4)".</summary>
    public static string Change(CountChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.Old is null)
        {
            return $"{FieldName(change.Field)} {Number(change.New)} (first reported)";
        }

        var delta = change.Delta is { } d ? $" ({d.ToString("+#,0;-#,0;0", En)})" : "";
        return $"{FieldName(change.Field)} {Number(change.Old)} → {Number(change.New)}{delta}";
    }

    /// <summary>One line that says what the alert is about.</summary>
    public static string Summary(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return alert.Type switch
        {
            AlertType.ExchangeReported => Headline(alert.Exchange!),
            AlertType.ExchangeCountsChanged => $"Exchange of {Date(alert.Exchange!.Date)}: numbers {(alert.Changes.All(c => c.Old is null) ? "completed" : "revised")}, {string.Join(", ", alert.Changes.Select(Change))}",
            AlertType.StatisticChanged => Statistic(alert),
            _ => alert.Type.ToString(),
        };
    }

    private static string Statistic(Alert alert)
    {
        var stat = alert.Statistic!;
        var qualifier = stat.Qualifier switch
        {
            CountQualifier.Approx => "about ",
            CountQualifier.AtLeast => "at least ",
            CountQualifier.AtMost => "at most ",
            _ => "",
        };
        var change = alert.Changes.FirstOrDefault();
        var name = char.ToUpper(FieldName(stat.Key)[0], En) + FieldName(stat.Key)[1..];
        return change?.Old is null
            ? $"{name}: {qualifier}{Number(stat.Value)}"
            : $"{name}: {Number(change.Old)} → {qualifier}{Number(change.New)}";
    }
}
