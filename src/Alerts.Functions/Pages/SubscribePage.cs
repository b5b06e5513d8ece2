using Alerts.Core.Delivery;
using Alerts.Core.Subscriptions;
using Alerts.Functions.Http;
using Alerts.Pages;
using Alerts.Pages.Forms;
using Alerts.Pages.Text;
using Alerts.Pages.Views;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;

namespace Alerts.Functions.Pages;

/// <summary>"/subscribe": GET shows the form, POST subscribes (email: double opt-in; webhook: verification ping).</summary>
public sealed class SubscribePage(SubscriptionRegistry registry, SubscriptionRateLimiter limiter, FormGuard guard, IOptions<PublicLinks> links)
{
    [Function("PageSubscribe")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "subscribe")] HttpRequest request, CancellationToken cancellationToken)
    {
        var text = PageText.For(request);
        if (!HttpMethods.IsPost(request.Method) || !request.HasFormContentType)
        {
            return HttpMethods.IsPost(request.Method)
                ? Rejected(request, text, new SubscriptionForm { Errors = new Dictionary<string, string> { ["form"] = text["form.expired"] } })
                : PageResponse.Html(request.HttpContext.Response, text, HomeView.SubscribePage(text, new SubscriptionForm(), guard.Issue(request.HttpContext)));
        }

        var posted = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        var form = SubscriptionForm.Parse(posted, text);
        if (!guard.IsValid(request, posted))
        {
            return Rejected(request, text, form with { Errors = new Dictionary<string, string>(form.Errors) { ["form"] = text["form.expired"] } });
        }

        if (!form.IsValid)
        {
            return Rejected(request, text, form);
        }

        var subscription = form.ToRequest();
        if (await limiter.CheckAsync(ClientAddress.Of(request), subscription.Email ?? subscription.Webhook, cancellationToken).ConfigureAwait(false) is { } retryAfter)
        {
            request.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return PageResponse.Html(request.HttpContext.Response, text,
                HomeView.SubscribePage(text, form with { Errors = new Dictionary<string, string> { ["form"] = text["form.rateLimited"] } }, guard.Issue(request.HttpContext)),
                StatusCodes.Status429TooManyRequests);
        }

        SubscriptionCreated created;
        try
        {
            created = await registry.SubscribeAsync(subscription, cancellationToken).ConfigureAwait(false);
        }
        catch (SubscriptionValidationException ex)
        {
            return Rejected(request, text, form.WithErrors(ex, text));
        }

        var subscriber = created.Subscriber;
        var page = subscriber.Channel == Channel.Email
            ? SubscriptionPages.Pending(text, subscriber.Address)
            : SubscriptionPages.WebhookCreated(text, subscriber.WebhookSecret!, links.Value.Manage(created.ManageToken) + "?lang=" + text.Language);
        return PageResponse.Html(request.HttpContext.Response, text, page);
    }

    private IActionResult Rejected(HttpRequest request, PageText text, SubscriptionForm form) =>
        PageResponse.Html(request.HttpContext.Response, text, HomeView.SubscribePage(text, form, guard.Issue(request.HttpContext)), StatusCodes.Status400BadRequest);
}
