using Alerts.Core.Subscriptions;
using Alerts.Pages.Forms;
using Alerts.Pages.Markup;
using Alerts.Pages.Text;

namespace Alerts.Pages.Views;

/// <summary>The pages behind the email links (confirm, unsubscribe, manage) and the answers to the form.</summary>
public static class SubscriptionPages
{
    public static Html Pending(PageText text, string address) =>
        Layout.Message(text, text["pending.title"], Html.Of($"<p>{text.Format("pending.body", address)}</p>"));

    /// <summary>A webhook just registered: its signing secret (shown this once) and its manage link.</summary>
    public static Html WebhookCreated(PageText text, string secret, string manageUrl) =>
        Layout.Message(text, text["webhook.title"], Html.Of($"""
            <p>{text["webhook.body"]}</p>
            <p><label for="secret">{text["webhook.secret"]}</label></p>
            <p><input id="secret" class="secret" type="text" readonly value="{secret}"></p>
            {ManageLink(text, manageUrl)}
            """));

    public static Html Invalid(PageText text) =>
        Layout.Message(text, text["invalid.title"], Html.Of($"<p>{text["invalid.body"]}</p>"));

    public static Html Confirm(PageText text, string address, string formToken, string? notice = null) =>
        Layout.Message(text, text["confirm.title"], Html.Of($"""
            {(notice is null ? Html.Empty : Html.Of($"<p class=\"error\" role=\"alert\">{notice}</p>"))}
            <p>{text.Format("confirm.body", address)}</p>
            <form method="post"><input type="hidden" name="{FormGuard.FieldName}" value="{formToken}"><button type="submit">{text["confirm.submit"]}</button></form>
            """));

    public static Html Confirmed(PageText text, string address, string manageUrl) =>
        Layout.Message(text, text["confirmed.title"], Html.Of($"""
            <p class="status" role="status">{text.Format("confirmed.body", address)}</p>
            {ManageLink(text, manageUrl)}
            """));

    /// <summary>The one-click unsubscribe form: no cookie or anti-forgery token, the link's token is the authority (RFC 8058).</summary>
    public static Html Unsubscribe(PageText text, string address) =>
        Layout.Message(text, text["unsubscribe.title"], Html.Of($"""
            <p>{text.Format("unsubscribe.body", address)}</p>
            <form method="post"><button type="submit">{text["unsubscribe.submit"]}</button></form>
            """));

    public static Html Unsubscribed(PageText text, string address) =>
        Layout.Message(text, text["unsubscribed.title"], Html.Of($"<p class=\"status\" role=\"status\">{text.Format("unsubscribed.body", address)}</p>"));

    /// <summary>The manage page: status, address, the filters and cadence form, and ending the subscription.</summary>
    public static Html Manage(PageText text, Subscriber subscriber, SubscriptionForm form, string formToken, string? notice)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(subscriber);
        var status = notice is null ? Html.Empty : Html.Of($"<p class=\"status\" role=\"status\">{notice}</p>");
        var ended = subscriber.Status == SubscriptionStatus.Unsubscribed;
        var controls = ended ? Html.Empty : Html.Of($"""
            {SubscriptionFormView.Render(text, form, formToken, "?lang=" + text.Language, forManage: true)}
            <form method="post" action="?lang={text.Language}" class="end">
            <input type="hidden" name="{FormGuard.FieldName}" value="{formToken}">
            <input type="hidden" name="action" value="end">
            <button type="submit" class="secondary">{text["manage.end"]}</button>
            </form>
            """);
        return Layout.Message(text, text["manage.title"], Html.Of($"""
            {status}
            <dl class="facts">
            <div><dt>{text["manage.address"]}</dt><dd>{subscriber.Address}</dd></div>
            <div><dt>{text["manage.status"]}</dt><dd id="subscription-status">{text["status." + subscriber.Status]}</dd></div>
            </dl>
            {controls}
            """));
    }

    private static Html ManageLink(PageText text, string manageUrl) => Html.Of($"""
        <p><a href="{manageUrl}">{text["manage.link"]}</a></p>
        <p class="hint">{text["manage.privateHint"]}</p>
        """);
}
