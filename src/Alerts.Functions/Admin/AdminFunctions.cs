using Alerts.Core.Subscriptions;
using Alerts.Functions.Http;
using Alerts.Functions.Subscriptions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Alerts.Functions.Admin;

/// <summary>
/// Operator API: needs the Functions app's admin (master) key in Azure (<c>x-functions-key</c>).
/// `alerts run` does not check keys, as `func start` does not: keep its port on loopback.
/// </summary>
public sealed class AdminFunctions(ISubscriberStore subscribers)
{
    /// <summary>GET api/admin/subscribers — every subscription (no secrets).</summary>
    [Function("AdminListSubscribers")]
    public async Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Admin, "get", Route = "api/admin/subscribers")] HttpRequest request, CancellationToken cancellationToken) =>
        new OkObjectResult((await subscribers.ListAsync(cancellationToken).ConfigureAwait(false)).OrderBy(s => s.CreatedAt).Select(SubscriptionView.Of));

    /// <summary>DELETE api/admin/subscribers/{id} — ends a subscription.</summary>
    [Function("AdminRemoveSubscriber")]
    public async Task<IActionResult> Remove(
        [HttpTrigger(AuthorizationLevel.Admin, "delete", Route = "api/admin/subscribers/{id}")] HttpRequest request, string id, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var subscriber = await subscribers.GetAsync(id, cancellationToken).ConfigureAwait(false);
            if (subscriber is null)
            {
                return Problems.Status(StatusCodes.Status404NotFound, $"No subscription '{id}'.");
            }

            if (await subscribers.TryUpdateAsync(subscriber with { Status = SubscriptionStatus.Unsubscribed }, cancellationToken).ConfigureAwait(false))
            {
                return new NoContentResult();
            }
        }

        return Problems.Status(StatusCodes.Status409Conflict, "The subscription kept changing; try again.");
    }
}
