using System.Globalization;
using Alerts.Core.Alerting;
using Alerts.Core.Detection;
using Alerts.Core.Subscriptions;
using Alerts.Pages.Forms;
using Alerts.Pages.Markup;
using Alerts.Pages.Text;

namespace Alerts.Pages.Views;

/// <summary>
/// The subscription form (new subscriptions, and the manage page without the address fields):
/// every input labelled, hints and errors tied to their fields, an error summary linking to them.
/// </summary>
public static class SubscriptionFormView
{
    private static readonly string[] TimeZones =
        ["UTC", "Europe/Kyiv", "Europe/London", "Europe/Berlin", "Europe/Warsaw", "Europe/Moscow", "America/New_York", "America/Los_Angeles", "Asia/Tokyo"];

    /// <param name="text">The visitor's language.</param>
    /// <param name="form">The values to show and the errors to mark.</param>
    /// <param name="formToken">The anti-forgery token (see <see cref="FormGuard"/>).</param>
    /// <param name="action">Where the form posts.</param>
    /// <param name="forManage">True on the manage page: no channel or address, a save button.</param>
    public static Html Render(PageText text, SubscriptionForm form, string formToken, string action, bool forManage)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(form);
        var address = forManage ? Html.Empty : Html.Of($"""
            {Radios(text, form, "channel", "field.channel", Enum.GetValues<Channel>(), c => c == form.Channel, c => "channel." + c)}
            {Input(text, form, "email", "email", "field.email", form.Email, "when-email", "email")}
            {Input(text, form, "webhook", "url", "field.webhook", form.Webhook, "when-webhook", "url", "field.webhook.hint")}
            """);
        return Html.Of($"""
            <form method="post" action="{action}" class="subscription" novalidate>
            <input type="hidden" name="{FormGuard.FieldName}" value="{formToken}">
            {Summary(text, form)}
            {address}
            {Checkboxes(text, form, "types", "field.types", Enum.GetValues<AlertType>(), t => form.Types.Contains(t), t => "type." + t)}
            {Input(text, form, "minExchangeSize", "number", "field.minExchangeSize", form.MinExchangeSize, null, "off")}
            {Checkboxes(text, form, "parties", "field.parties", new[] { Party.UA, Party.RU }, p => form.Parties.Contains(p), p => "party." + p)}
            {Checkboxes(text, form, "languages", "field.languages", SubscriptionForm.LanguageChoices, l => form.Languages.Contains(l), l => "language." + l)}
            {Radios(text, form, "cadence", "field.cadence", Enum.GetValues<Cadence>(), c => c == form.Cadence, c => "cadence." + c)}
            {HourSelect(text, form)}
            {TimeZoneInput(text, form)}
            {DaySelect(text, form)}
            <p><button type="submit">{text[forManage ? "manage.save" : "subscribe.submit"]}</button></p>
            </form>
            """);
    }

    private static Html Summary(PageText text, SubscriptionForm form) => form.IsValid
        ? Html.Empty
        : Html.Of($"""
            <div class="error-summary" role="alert">
            <p><strong>{text["form.errors"]}</strong></p>
            <ul>{form.Errors.Select(e => e.Key == "form" ? Html.Of($"<li>{e.Value}</li>") : Html.Of($"<li><a href=\"#{e.Key}\">{e.Value}</a></li>"))}</ul>
            </div>
            """);

    private static Html Error(SubscriptionForm form, string field) => form.Errors.TryGetValue(field, out var message)
        ? Html.Of($"<p class=\"error\" id=\"{field}-error\"><span class=\"visually-hidden\">!</span>{message}</p>")
        : Html.Empty;

    private static Html DescribedBy(SubscriptionForm form, string field, bool hint)
    {
        var ids = string.Join(' ', new[] { hint ? field + "-hint" : null, form.Errors.ContainsKey(field) ? field + "-error" : null }.Where(s => s is not null));
        return ids.Length == 0 ? Html.Empty : Html.Of($" aria-describedby=\"{ids}\"");
    }

    private static Html Input(PageText text, SubscriptionForm form, string field, string type, string label, string value, string? group, string autocomplete, string? hint = null, string? list = null)
    {
        var invalid = form.Errors.ContainsKey(field) ? "true" : "false";
        var hintHtml = hint is null ? Html.Empty : Html.Of($"<p class=\"hint\" id=\"{field}-hint\">{text[hint]}</p>");
        var extra = type == "number" ? Html.Of($" min=\"0\" step=\"1\" inputmode=\"numeric\"")
            : list is not null ? Html.Of($" list=\"{list}\"")
            : Html.Empty;
        return Html.Of($"""
            <div class="field {group}{(form.Errors.ContainsKey(field) ? " invalid" : "")}">
            <label for="{field}">{text[label]}</label>
            {hintHtml}{Error(form, field)}
            <input id="{field}" name="{field}" type="{type}" value="{value}" autocomplete="{autocomplete}" aria-invalid="{invalid}"{DescribedBy(form, field, hint is not null)}{extra}>
            </div>
            """);
    }

    private static Html Checkboxes<T>(PageText text, SubscriptionForm form, string field, string legend, IEnumerable<T> values, Func<T, bool> isChecked, Func<T, string> label) =>
        Choices(text, form, field, legend, "checkbox", values, isChecked, label, "field.anyHint");

    private static Html Radios<T>(PageText text, SubscriptionForm form, string field, string legend, IEnumerable<T> values, Func<T, bool> isChecked, Func<T, string> label) =>
        Choices(text, form, field, legend, "radio", values, isChecked, label, null);

    private static Html Choices<T>(PageText text, SubscriptionForm form, string field, string legend, string type, IEnumerable<T> values, Func<T, bool> isChecked, Func<T, string> label, string? hint)
    {
        var hintHtml = hint is null ? Html.Empty : Html.Of($"<p class=\"hint\" id=\"{field}-hint\">{text[hint]}</p>");
        var items = values.Select(v =>
        {
            var value = Convert.ToString(v, CultureInfo.InvariantCulture)!;
            var id = $"{field}-{value}";
            var check = isChecked(v) ? Html.Of($" checked") : Html.Empty;
            return Html.Of($"<div class=\"choice\"><input type=\"{type}\" id=\"{id}\" name=\"{field}\" value=\"{value}\"{check}><label for=\"{id}\">{text[label(v)]}</label></div>");
        });
        return Html.Of($"""
            <fieldset id="{field}" class="field{(form.Errors.ContainsKey(field) ? " invalid" : "")}"{DescribedBy(form, field, hint is not null)}>
            <legend>{text[legend]}</legend>
            {hintHtml}{Error(form, field)}
            <div class="choices">{items}</div>
            </fieldset>
            """);
    }

    private static Html HourSelect(PageText text, SubscriptionForm form)
    {
        var options = Enumerable.Range(0, 24).Select(h =>
        {
            var value = h.ToString(CultureInfo.InvariantCulture);
            var selected = value == form.Hour ? Html.Of($" selected") : Html.Empty;
            return Html.Of($"<option value=\"{value}\"{selected}>{h:00}:00</option>");
        });
        return Select(text, form, "hour", "field.hour", "when-digest", Html.Join(options));
    }

    private static Html DaySelect(PageText text, SubscriptionForm form)
    {
        var week = new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday };
        var options = week.Select(d => d == form.Day
            ? Html.Of($"<option value=\"{d}\" selected>{text["day." + d]}</option>")
            : Html.Of($"<option value=\"{d}\">{text["day." + d]}</option>"));
        return Select(text, form, "day", "field.day", "when-weekly", Html.Join(options));
    }

    private static Html Select(PageText text, SubscriptionForm form, string field, string label, string group, Html options) => Html.Of($"""
        <div class="field {group}{(form.Errors.ContainsKey(field) ? " invalid" : "")}">
        <label for="{field}">{text[label]}</label>
        {Error(form, field)}
        <select id="{field}" name="{field}"{DescribedBy(form, field, false)}>{options}</select>
        </div>
        """);

    private static Html TimeZoneInput(PageText text, SubscriptionForm form)
    {
        var options = TimeZones.Select(z => Html.Of($"<option value=\"{z}\"></option>"));
        return Html.Of($"{Input(text, form, "timeZone", "text", "field.timeZone", form.TimeZone, "when-digest", "off", "field.timeZone.hint", "time-zones")}<datalist id=\"time-zones\">{options}</datalist>");
    }
}
