using System.Globalization;
using Alerts.Core.Alerting;
using Alerts.Core.Delivery;
using Alerts.Core.Exchanges;
using Alerts.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;

namespace Alerts.Functions.Exchanges;

/// <summary>Read-only API: exchanges (paged, by date), one exchange with its reports, statistics, the Atom feed.</summary>
public sealed class ExchangeFunctions(ExchangeCatalog catalog, IExchangeStore exchanges, IAlertStore alerts, IOptions<PublicLinks> links, TimeProvider time)
{
    private static readonly TimeSpan FeedWindow = TimeSpan.FromDays(90);
    private const int FeedEntries = 50;

    /// <summary>GET api/exchanges?from=2025-01-01&amp;to=2025-12-31&amp;page=1&amp;pageSize=20 — newest first.</summary>
    [Function("ListExchanges")]
    public async Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/exchanges")] HttpRequest request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var from = Date(request, "from", errors);
        var to = Date(request, "to", errors);
        var page = Number(request, "page", 1, 1, int.MaxValue, errors);
        var pageSize = Number(request, "pageSize", 20, 1, ExchangeCatalog.MaxPageSize, errors);
        if (from > to)
        {
            errors["to"] = ["'to' must not be before 'from'."];
        }

        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        return new OkObjectResult(await catalog.ListAsync(from, to, page, pageSize, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>GET api/exchanges/{id} — the exchange with every report and the numbers each gave.</summary>
    [Function("GetExchange")]
    public async Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/exchanges/{id}")] HttpRequest request, string id, CancellationToken cancellationToken)
    {
        var exchange = await exchanges.GetAsync(id, cancellationToken).ConfigureAwait(false);
        return exchange is null
            ? Problems.Status(StatusCodes.Status404NotFound, $"No exchange '{id}'.")
            : new OkObjectResult(exchange with { Version = null });
    }

    /// <summary>GET api/statistics — the current value of every count statistic, with its history.</summary>
    [Function("GetStatistics")]
    public async Task<IActionResult> Statistics(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/statistics")] HttpRequest request, CancellationToken cancellationToken)
    {
        var statistics = await exchanges.ListStatisticsAsync(cancellationToken).ConfigureAwait(false);
        return new OkObjectResult(statistics.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => s with { Version = null }));
    }

    /// <summary>GET api/alerts.atom — the latest alerts (up to 50, last 90 days) as Atom.</summary>
    [Function("AlertFeed")]
    public async Task<IActionResult> Feed(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/alerts.atom")] HttpRequest request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var recent = await alerts.ListAsync(now - FeedWindow, now.AddMinutes(1), cancellationToken).ConfigureAwait(false);
        var site = links.Value.BaseUrl.TrimEnd('/');
        return new ContentResult
        {
            ContentType = "application/atom+xml; charset=utf-8",
            Content = AlertFeed.Write(recent.OrderByDescending(a => a.CreatedAt).Take(FeedEntries).ToList(), site + "/api/alerts.atom", site + "/", now),
        };
    }

    private static DateOnly? Date(HttpRequest request, string name, Dictionary<string, string[]> errors)
    {
        var value = request.Query[name].ToString();
        if (value.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors[name] = [$"'{name}' must be a date like 2025-08-24."];
        return null;
    }

    private static int Number(HttpRequest request, string name, int fallback, int min, int max, Dictionary<string, string[]> errors)
    {
        var value = request.Query[name].ToString();
        if (value.Length == 0)
        {
            return fallback;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        errors[name] = [$"'{name}' must be a whole number from {min} to {max}."];
        return fallback;
    }
}
