using Alerts.Core.Alerting;
using Alerts.Core.Detection;
using Alerts.Core.Subscriptions;
using Alerts.Pages.Forms;
using Alerts.Pages.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Alerts.Pages.Tests.Forms;

public sealed class SubscriptionFormTests
{
    private static readonly PageText English = PageText.For("en");

    [Fact]
    public void Parse_CompleteForm_GivesTheRequest()
    {
        var form = SubscriptionForm.Parse(Form(new()
        {
            ["channel"] = "Email", ["email"] = " reader@example.org ", ["webhook"] = "https://ignored.example.org",
            ["types"] = new StringValues(["ExchangeReported", "StatisticChanged"]), ["minExchangeSize"] = "50",
            ["parties"] = "UA", ["languages"] = new StringValues(["uk", "en"]), ["cadence"] = "Weekly",
            ["hour"] = "7", ["timeZone"] = "Europe/Kyiv", ["day"] = "Friday",
        }), English);

        var request = form.ToRequest();

        Assert.True(form.IsValid);
        Assert.Equal("reader@example.org", request.Email);
        Assert.Null(request.Webhook);
        Assert.Equal([AlertType.ExchangeReported, AlertType.StatisticChanged], request.Types);
        Assert.Equal(50, request.MinExchangeSize);
        Assert.Equal([Party.UA], request.Parties);
        Assert.Equal(["uk", "en"], request.Languages);
        Assert.Equal((Cadence.Weekly, 7, "Europe/Kyiv", DayOfWeek.Friday), (request.Cadence, request.Hour, request.TimeZone, request.Day));
    }

    [Fact]
    public void Parse_BadValues_GivesAMessagePerFieldAndKeepsWhatWasTyped()
    {
        var form = SubscriptionForm.Parse(Form(new()
        {
            ["channel"] = "Pigeon", ["email"] = "x", ["types"] = "Everything", ["minExchangeSize"] = "-5",
            ["parties"] = "1", ["languages"] = "de", ["cadence"] = "Hourly", ["hour"] = "24", ["day"] = "Someday",
        }), PageText.For("uk"));

        Assert.Equal(["cadence", "channel", "day", "hour", "languages", "minExchangeSize", "parties", "types"], form.Errors.Keys.Order());
        Assert.Equal("Оберіть годину від 0 до 23.", form.Errors["hour"]);
        Assert.Equal("-5", form.MinExchangeSize);
        Assert.Equal("24", form.Hour);
    }

    [Fact]
    public void WithErrors_RegistryVerdict_IsWordedForTheVisitorAndKeepsWebhookDetail()
    {
        var form = new SubscriptionForm { Channel = Channel.Webhook, Webhook = "https://hook.example.org" };
        var verdict = new SubscriptionValidationException(new Dictionary<string, string[]>
        {
            ["webhook"] = ["The endpoint did not answer the signed verification ping with 2xx (got 500)."],
            ["timeZone"] = ["Unknown time zone 'Mars/Olympus'; use an IANA id such as Europe/Kyiv."],
        });

        var worded = form.WithErrors(verdict, PageText.For("ru"));

        Assert.StartsWith("Введите HTTPS URL", worded.Errors["webhook"], StringComparison.Ordinal);
        Assert.EndsWith("(got 500).", worded.Errors["webhook"], StringComparison.Ordinal);
        Assert.Equal("Неизвестный часовой пояс: укажите название вроде Europe/Kyiv.", worded.Errors["timeZone"]);
    }

    private static FormCollection Form(Dictionary<string, StringValues> fields) => new(fields);
}
