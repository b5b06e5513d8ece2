using Alerts.Core.Subscriptions;
using Alerts.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Alerts.Functions.Subscriptions;

/// <summary>The manage link's API: view, change filters and cadence, delete, send a test — all with the manage token.</summary>
public sealed class ManageFunctions(SubscriptionEditor editor)
{
    private const string Invalid = "This manage link is invalid or the subscription was deleted.";

    [Function("ManageSubscription")]
    public async Task<IActionResult> Manage(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "put", "delete", Route = "api/subscriptions/manage/{token}")] HttpRequest request, string token, CancellationToken cancellationToken)
    {
        if (HttpMethods.IsDelete(request.Method))
        {
            return await editor.EndAsync(token, cancellationToken).ConfigureAwait(false) is null
                ? Problems.Status(StatusCodes.Status404NotFound, Invalid)
                : new NoContentResult();
        }

        if (HttpMethods.IsGet(request.Method))
        {
            var found = await editor.FindAsync(token, cancellationToken).ConfigureAwait(false);
            return found is null || found.Status == SubscriptionStatus.Unsubscribed
                ? Problems.Status(StatusCodes.Status404NotFound, Invalid)
                : new OkObjectResult(SubscriptionView.Of(found));
        }

        var (change, problem) = await JsonBody.ReadAsync<SubscriptionChange>(request, "a subscription change", cancellationToken).ConfigureAwait(false);
        if (change is null)
        {
            return problem!;
        }

        try
        {
            var changed = await editor.ChangeAsync(token, change, cancellationToken).ConfigureAwait(false);
            return changed is null ? Problems.Status(StatusCodes.Status404NotFound, Invalid) : new OkObjectResult(SubscriptionView.Of(changed));
        }
        catch (SubscriptionValidationException ex)
        {
            return Problems.Validation(ex.Errors);
        }
    }

    /// <summary>Sends a marked test message (webhook type "webhook.test", or a test email); 502 when the endpoint failed.</summary>
    [Function("SendTestAlert")]
    public async Task<IActionResult> Test(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/subscriptions/manage/{token}/test")] HttpRequest request, string token, CancellationToken cancellationToken)
    {
        var result = await editor.SendTestAsync(token, cancellationToken).ConfigureAwait(false);
        return result switch
        {
            null => Problems.Status(StatusCodes.Status404NotFound, Invalid),
            { Delivered: true } => new OkObjectResult(result),
            _ => Problems.Status(StatusCodes.Status502BadGateway, "The test message was not delivered.", result.Detail),
        };
    }
}
