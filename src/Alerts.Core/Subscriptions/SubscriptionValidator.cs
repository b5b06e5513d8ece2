using System.Net.Mail;

namespace Alerts.Core.Subscriptions;

/// <summary>Checks a subscription request field by field.</summary>
public static class SubscriptionValidator
{
    public const int MaxAddressLength = 320;

    public static void Validate(SubscriptionRequest request, bool privateNetworksAllowed)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Dictionary<string, string[]>();
        var hasEmail = !string.IsNullOrWhiteSpace(request.Email);
        var hasWebhook = !string.IsNullOrWhiteSpace(request.Webhook);
        if (hasEmail == hasWebhook)
        {
            errors["email"] = ["Give either an email address or a webhook URL, not both."];
        }
        else if (hasEmail && !IsEmail(request.Email!))
        {
            errors["email"] = ["Not a valid email address."];
        }
        else if (hasWebhook && WebhookError(request.Webhook!, request.AllowPrivateNetwork && privateNetworksAllowed) is { } error)
        {
            errors["webhook"] = [error];
        }

        if (!string.IsNullOrWhiteSpace(request.Contact) && !IsEmail(request.Contact))
        {
            errors["contact"] = ["The contact must be an email address."];
        }

        CheckSettings(errors, request.Hour, request.TimeZone, request.MinExchangeSize, request.Languages);
        if (errors.Count > 0)
        {
            throw new SubscriptionValidationException(errors);
        }
    }

    /// <summary>Checks a change of an existing subscription's settings.</summary>
    public static void Validate(SubscriptionChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var errors = new Dictionary<string, string[]>();
        CheckSettings(errors, change.Hour ?? 0, change.TimeZone ?? "UTC", change.MinExchangeSize ?? 0, change.Languages ?? []);
        if (errors.Count > 0)
        {
            throw new SubscriptionValidationException(errors);
        }
    }

    private static void CheckSettings(Dictionary<string, string[]> errors, int hour, string? timeZone, int minExchangeSize, IReadOnlyList<string> languages)
    {
        if (hour is < 0 or > 23)
        {
            errors["hour"] = ["The hour must be from 0 to 23."];
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZone ?? "", out _))
        {
            errors["timeZone"] = [$"Unknown time zone '{timeZone}'; use an IANA id such as Europe/Kyiv."];
        }

        if (minExchangeSize < 0)
        {
            errors["minExchangeSize"] = ["The minimum exchange size cannot be negative."];
        }

        if (languages.Any(l => l is not ("en" or "ru" or "uk")))
        {
            errors["languages"] = ["Languages are en, ru and uk."];
        }
    }

    private static bool IsEmail(string value) =>
        value.Length <= MaxAddressLength
        && MailAddress.TryCreate(value, out var address)
        && address.Address == value.Trim()
        && address.Host.Contains('.', StringComparison.Ordinal);

    private static string? WebhookError(string value, bool allowPrivate)
    {
        if (value.Length > 2048 || !Uri.TryCreate(value, UriKind.Absolute, out var uri))
        {
            return "Not a valid absolute URL.";
        }

        if (uri.Scheme == Uri.UriSchemeHttps || (allowPrivate && uri.Scheme == Uri.UriSchemeHttp))
        {
            return string.IsNullOrEmpty(uri.UserInfo) ? null : "Credentials in the URL are not allowed.";
        }

        return "Webhook URLs must use HTTPS.";
    }
}
