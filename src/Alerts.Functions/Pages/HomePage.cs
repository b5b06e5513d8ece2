using Alerts.Core.Exchanges;
using Alerts.Pages;
using Alerts.Pages.Assets;
using Alerts.Pages.Forms;
using Alerts.Pages.Text;
using Alerts.Pages.Views;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Alerts.Functions.Pages;

/// <summary>The public page at "/" (exchanges, chart, statistics, subscription form) and its stylesheet.</summary>
public sealed class HomePage(IExchangeStore exchanges, FormGuard guard, TimeProvider time)
{
    /// <summary>The first day exchanges are listed from (the full-scale invasion).</summary>
    public static readonly DateOnly FirstDay = new(2022, 2, 24);

    /// <summary>Route "/": an empty optional segment, since the Functions host reads an empty route as the function name.</summary>
    [Function("PageHome")]
    public async Task<IActionResult> Home(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "{ignored:maxlength(0)?}")] HttpRequest request, CancellationToken cancellationToken)
    {
        var text = PageText.For(request);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var list = await exchanges.ListAsync(FirstDay, today.AddDays(1), cancellationToken).ConfigureAwait(false);
        var statistics = await exchanges.ListStatisticsAsync(cancellationToken).ConfigureAwait(false);
        var page = HomeView.Render(text, list, statistics, new SubscriptionForm(), guard.Issue(request.HttpContext));
        return PageResponse.Html(request.HttpContext.Response, text, page);
    }

    [Function("PageStylesheet")]
    public IActionResult Stylesheet(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "assets/site.css")] HttpRequest request) =>
        PageResponse.Stylesheet(request.HttpContext.Response, PageAssets.Stylesheet);
}
