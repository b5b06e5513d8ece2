using System.Globalization;
using Alerts.Core.Alerting;
using Alerts.Core.Detection;
using Alerts.Core.Subscriptions;
using Alerts.Pages.Text;
using Microsoft.AspNetCore.Http;

namespace Alerts.Pages.Forms;

/// <summary>
/// The subscription form as posted (raw text kept, so a rejected form comes back as typed) and its
/// errors per field, worded in the visitor's language. Field names match the API's error keys.
/// </summary>
public sealed record SubscriptionForm
{
    public static readonly IReadOnlyList<string> LanguageChoices = ["en", "uk", "ru"];

    public Channel Channel { get; init; } = Channel.Email;

    public string Email { get; init; } = "";

    public string Webhook { get; init; } = "";

    public IReadOnlyList<AlertType> Types { get; init; } = [];

    public string MinExchangeSize { get; init; } = "0";

    public IReadOnlyList<Party> Parties { get; init; } = [];

    public IReadOnlyList<string> Languages { get; init; } = [];

    public Cadence Cadence { get; init; } = Cadence.Daily;

    public string Hour { get; init; } = "8";

    public string TimeZone { get; init; } = "UTC";

    public DayOfWeek Day { get; init; } = DayOfWeek.Monday;

    /// <summary>Field name → message, in the visitor's language.</summary>
    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();

    public bool IsValid => Errors.Count == 0;

    public static SubscriptionForm Of(Subscriber subscriber)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        return new SubscriptionForm
        {
            Channel = subscriber.Channel,
            Email = subscriber.Channel == Channel.Email ? subscriber.Address : "",
            Webhook = subscriber.Channel == Channel.Webhook ? subscriber.Address : "",
            Types = subscriber.Filters.Types,
            MinExchangeSize = subscriber.Filters.MinExchangeSize.ToString(CultureInfo.InvariantCulture),
            Parties = subscriber.Filters.Parties,
            Languages = subscriber.Filters.Languages,
            Cadence = subscriber.Cadence,
            Hour = subscriber.Hour.ToString(CultureInfo.InvariantCulture),
            TimeZone = subscriber.TimeZone,
            Day = subscriber.Day,
        };
    }

    /// <summary>Reads the posted fields; what cannot be read becomes a message next to its field.</summary>
    public static SubscriptionForm Parse(IFormCollection form, PageText text)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(text);
        var errors = new Dictionary<string, string>();
        var result = new SubscriptionForm
        {
            Channel = One<Channel>(form, "channel", Channel.Email, errors, text),
            Email = form["email"].ToString().Trim(),
            Webhook = form["webhook"].ToString().Trim(),
            Types = Many<AlertType>(form, "types", errors, text),
            MinExchangeSize = form["minExchangeSize"].ToString().Trim(),
            Parties = Many<Party>(form, "parties", errors, text),
            Languages = [.. form["languages"].Select(l => l ?? "").Distinct()],
            Cadence = One<Cadence>(form, "cadence", Cadence.Daily, errors, text),
            Hour = form["hour"].ToString().Trim(),
            TimeZone = form["timeZone"].ToString().Trim(),
            Day = One<DayOfWeek>(form, "day", DayOfWeek.Monday, errors, text),
        };
        if (result.Languages.Any(l => !LanguageChoices.Contains(l)))
        {
            errors["languages"] = text["error.choice"];
        }

        if (!int.TryParse(result.MinExchangeSize, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            errors["minExchangeSize"] = text["error.minExchangeSize"];
        }

        if (!int.TryParse(result.Hour, NumberStyles.None, CultureInfo.InvariantCulture, out var hour) || hour > 23)
        {
            errors["hour"] = text["error.hour"];
        }

        return result with { Errors = errors };
    }

    /// <summary>The request for <see cref="SubscriptionRegistry"/>; only the chosen channel's address is sent.</summary>
    public SubscriptionRequest ToRequest() => new()
    {
        Email = Channel == Channel.Email ? Email : null,
        Webhook = Channel == Channel.Webhook ? Webhook : null,
        Types = Types,
        MinExchangeSize = int.Parse(MinExchangeSize, CultureInfo.InvariantCulture),
        Parties = Parties,
        Languages = Languages,
        Cadence = Cadence,
        Hour = int.Parse(Hour, CultureInfo.InvariantCulture),
        TimeZone = TimeZone,
        Day = Day,
    };

    /// <summary>The form with the registry's verdict worded for the visitor (webhook errors keep their detail).</summary>
    public SubscriptionForm WithErrors(SubscriptionValidationException exception, PageText text)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(text);
        var errors = new Dictionary<string, string>(Errors);
        foreach (var (field, messages) in exception.Errors)
        {
            errors[field] = field switch
            {
                "email" when Channel == Channel.Webhook => text["error.webhook"],
                "email" or "hour" or "timeZone" or "minExchangeSize" => text["error." + field],
                "webhook" => text["error.webhook"] + " " + string.Join(" ", messages),
                "languages" => text["error.choice"],
                _ => string.Join(" ", messages),
            };
        }

        return this with { Errors = errors };
    }

    private static T One<T>(IFormCollection form, string field, T fallback, Dictionary<string, string> errors, PageText text)
        where T : struct, Enum
    {
        var value = form[field].ToString();
        if (value.Length == 0)
        {
            return fallback;
        }

        if (Enum.TryParse<T>(value, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) && !value.Any(char.IsDigit))
        {
            return parsed;
        }

        errors[field] = text["error.choice"];
        return fallback;
    }

    private static List<T> Many<T>(IFormCollection form, string field, Dictionary<string, string> errors, PageText text)
        where T : struct, Enum
    {
        var values = new List<T>();
        foreach (var value in form[field])
        {
            if (Enum.TryParse<T>(value, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) && !value!.Any(char.IsDigit))
            {
                values.Add(parsed);
            }
            else
            {
                errors[field] = text["error.choice"];
            }
        }

        return [.. values.Distinct()];
    }
}
