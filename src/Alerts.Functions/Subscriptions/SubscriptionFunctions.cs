using Alerts.Core.Subscriptions;
using Alerts.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Alerts.Functions.Subscriptions;

/// <summary>Subscribe (rate-limited per client and per address), confirm and one-click unsubscribe over HTTP.</summary>
public sealed class SubscriptionFunctions(SubscriptionRegistry registry, SubscriptionRateLimiter limiter)
{
    [Function("Subscribe")]
    public async Task<IActionResult> Subscribe(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/subscriptions")] HttpRequest request, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<SubscriptionRequest>(request, "a subscription", cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return problem!;
        }

        if (await limiter.CheckAsync(ClientAddress.Of(request), body.Email ?? body.Webhook, cancellationToken).ConfigureAwait(false) is { } retryAfter)
        {
            request.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Problems.Status(StatusCodes.Status429TooManyRequests, "Too many subscriptions from this client or for this address; try again later.");
        }

        try
        {
            var created = await registry.SubscribeAsync(body with { Confirmed = false }, cancellationToken).ConfigureAwait(false);
            return new ObjectResult(SubscriptionView.Created(created)) { StatusCode = StatusCodes.Status201Created };
        }
        catch (SubscriptionValidationException ex)
        {
            return Problems.Validation(ex.Errors);
        }
    }

    [Function("ConfirmSubscription")]
    public async Task<IActionResult> Confirm(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/subscriptions/confirm/{token}")] HttpRequest request, string token, CancellationToken cancellationToken)
    {
        var subscriber = await registry.ConfirmAsync(token, cancellationToken).ConfigureAwait(false);
        return subscriber is null
            ? Problems.Status(StatusCodes.Status404NotFound, "This confirmation link is invalid or has expired.")
            : new OkObjectResult(SubscriptionView.Of(subscriber));
    }

    /// <summary>GET shows what a click would do (mail scanners follow links); POST unsubscribes (RFC 8058 one-click).</summary>
    [Function("Unsubscribe")]
    public async Task<IActionResult> Unsubscribe(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "api/u/{token}")] HttpRequest request, string token, CancellationToken cancellationToken)
    {
        if (HttpMethods.IsGet(request.Method))
        {
            return new ContentResult
            {
                ContentType = "text/html; charset=utf-8",
                Content = "<!doctype html><meta charset=utf-8><title>Unsubscribe</title><form method=post><p>Stop receiving prisoner-exchange alerts?</p><button type=submit>Unsubscribe</button></form>",
            };
        }

        var subscriber = await registry.UnsubscribeAsync(token, cancellationToken).ConfigureAwait(false);
        return subscriber is null
            ? Problems.Status(StatusCodes.Status404NotFound, "This unsubscribe link is invalid.")
            : new OkObjectResult(SubscriptionView.Of(subscriber));
    }
}
