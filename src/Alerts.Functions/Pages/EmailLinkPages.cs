using Alerts.Core.Delivery;
using Alerts.Core.Subscriptions;
using Alerts.Pages;
using Alerts.Pages.Forms;
using Alerts.Pages.Text;
using Alerts.Pages.Views;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;

namespace Alerts.Functions.Pages;

/// <summary>
/// The pages the email links lead to (see <see cref="PublicLinks"/>): confirm, one-click
/// unsubscribe and manage. The single-purpose token in the path is the authority; GET never
/// changes anything (mail scanners follow links), POST does.
/// </summary>
public sealed class EmailLinkPages(
    SubscriptionRegistry registry, SubscriptionEditor editor, ISubscriberStore subscribers, TokenIssuer tokens, FormGuard guard, IOptions<PublicLinks> links)
{
    [Function("PageConfirm")]
    public async Task<IActionResult> Confirm(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "confirm/{token}")] HttpRequest request, string token, CancellationToken cancellationToken)
    {
        var text = PageText.For(request);
        if (!HttpMethods.IsPost(request.Method))
        {
            var pending = await FindAsync(token, TokenPurpose.Confirm, cancellationToken).ConfigureAwait(false);
            return pending is null
                ? Invalid(request, text)
                : Page(request, text, SubscriptionPages.Confirm(text, pending.Address, guard.Issue(request.HttpContext)));
        }

        if (!await IsGuardedFormAsync(request, cancellationToken).ConfigureAwait(false))
        {
            var again = await FindAsync(token, TokenPurpose.Confirm, cancellationToken).ConfigureAwait(false);
            return again is null
                ? Invalid(request, text)
                : Page(request, text, SubscriptionPages.Confirm(text, again.Address, guard.Issue(request.HttpContext), text["form.expired"]), StatusCodes.Status400BadRequest);
        }

        var subscriber = await registry.ConfirmAsync(token, cancellationToken).ConfigureAwait(false);
        if (subscriber is null)
        {
            return Invalid(request, text);
        }

        var manage = await tokens.IssueAsync(subscriber.Id, TokenPurpose.Manage, cancellationToken).ConfigureAwait(false);
        return Page(request, text, SubscriptionPages.Confirmed(text, subscriber.Address, ManageUrl(manage, text)));
    }

    /// <summary>GET asks; POST unsubscribes with no cookie or form token, as RFC 8058 one-click requires.</summary>
    [Function("PageUnsubscribe")]
    public async Task<IActionResult> Unsubscribe(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "u/{token}")] HttpRequest request, string token, CancellationToken cancellationToken)
    {
        var text = PageText.For(request);
        if (!HttpMethods.IsPost(request.Method))
        {
            var subscriber = await FindAsync(token, TokenPurpose.Unsubscribe, cancellationToken).ConfigureAwait(false);
            return subscriber is null ? Invalid(request, text) : Page(request, text, SubscriptionPages.Unsubscribe(text, subscriber.Address));
        }

        var ended = await registry.UnsubscribeAsync(token, cancellationToken).ConfigureAwait(false);
        return ended is null ? Invalid(request, text) : Page(request, text, SubscriptionPages.Unsubscribed(text, ended.Address));
    }

    [Function("PageManage")]
    public async Task<IActionResult> Manage(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "manage/{token}")] HttpRequest request, string token, CancellationToken cancellationToken)
    {
        var text = PageText.For(request);
        var subscriber = await editor.FindAsync(token, cancellationToken).ConfigureAwait(false);
        if (subscriber is null)
        {
            return Invalid(request, text);
        }

        if (!HttpMethods.IsPost(request.Method))
        {
            return ManagePage(request, text, subscriber, SubscriptionForm.Of(subscriber), null);
        }

        var posted = request.HasFormContentType ? await request.ReadFormAsync(cancellationToken).ConfigureAwait(false) : FormCollection.Empty;
        if (!guard.IsValid(request, posted))
        {
            return ManagePage(request, text, subscriber, SubscriptionForm.Of(subscriber), text["form.expired"], StatusCodes.Status400BadRequest);
        }

        if (posted["action"] == "end")
        {
            var ended = await editor.EndAsync(token, cancellationToken).ConfigureAwait(false) ?? subscriber;
            return ManagePage(request, text, ended, SubscriptionForm.Of(ended), text["manage.ended"]);
        }

        var form = SubscriptionForm.Parse(posted, text);
        if (!form.IsValid)
        {
            return ManagePage(request, text, subscriber, form, null, StatusCodes.Status400BadRequest);
        }

        try
        {
            var changed = await editor.ChangeAsync(token, SubscriptionChange.Settings(form.ToRequest()), cancellationToken).ConfigureAwait(false) ?? subscriber;
            return ManagePage(request, text, changed, SubscriptionForm.Of(changed), text["manage.saved"]);
        }
        catch (SubscriptionValidationException ex)
        {
            return ManagePage(request, text, subscriber, form.WithErrors(ex, text), null, StatusCodes.Status400BadRequest);
        }
    }

    private async Task<Subscriber?> FindAsync(string token, TokenPurpose purpose, CancellationToken cancellationToken) =>
        await tokens.RedeemAsync(token, purpose, cancellationToken).ConfigureAwait(false) is { } id
            ? await subscribers.GetAsync(id, cancellationToken).ConfigureAwait(false)
            : null;

    private async Task<bool> IsGuardedFormAsync(HttpRequest request, CancellationToken cancellationToken) =>
        request.HasFormContentType && guard.IsValid(request, await request.ReadFormAsync(cancellationToken).ConfigureAwait(false));

    private string ManageUrl(string manageToken, PageText text) => links.Value.Manage(manageToken) + "?lang=" + text.Language;

    private IActionResult ManagePage(HttpRequest request, PageText text, Subscriber subscriber, SubscriptionForm form, string? notice, int status = StatusCodes.Status200OK) =>
        Page(request, text, SubscriptionPages.Manage(text, subscriber, form, guard.Issue(request.HttpContext), notice), status);

    private static IActionResult Invalid(HttpRequest request, PageText text) =>
        Page(request, text, SubscriptionPages.Invalid(text), StatusCodes.Status404NotFound);

    private static IActionResult Page(HttpRequest request, PageText text, Alerts.Pages.Markup.Html page, int status = StatusCodes.Status200OK) =>
        PageResponse.Html(request.HttpContext.Response, text, page, status);
}
