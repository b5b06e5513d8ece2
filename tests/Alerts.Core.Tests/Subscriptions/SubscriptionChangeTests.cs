using Alerts.Core.Alerting;
using Alerts.Core.Subscriptions;

namespace Alerts.Core.Tests.Subscriptions;

public sealed class SubscriptionChangeTests
{
    private static readonly Subscriber Current = new()
    {
        Id = "s", Channel = Channel.Email, Address = "a@example.org", Cadence = Cadence.Daily, Hour = 8, TimeZone = "UTC",
        Filters = new SubscriptionFilters { Types = [AlertType.ExchangeReported], MinExchangeSize = 10, Languages = ["en"] },
    };

    [Fact]
    public void ApplyTo_SomeFields_ChangesOnlyThose()
    {
        var changed = new SubscriptionChange { Cadence = Cadence.Weekly, Day = DayOfWeek.Friday, MinExchangeSize = 50 }.ApplyTo(Current);

        Assert.Equal(Cadence.Weekly, changed.Cadence);
        Assert.Equal(DayOfWeek.Friday, changed.Day);
        Assert.Equal(50, changed.Filters.MinExchangeSize);
        Assert.Equal(8, changed.Hour);
        Assert.Equal([AlertType.ExchangeReported], changed.Filters.Types);
        Assert.Equal(["en"], changed.Filters.Languages);
    }

    [Fact]
    public void Validate_BadChange_MessagePerField()
    {
        var error = Assert.Throws<SubscriptionValidationException>(() =>
            SubscriptionValidator.Validate(new SubscriptionChange { Hour = 24, TimeZone = "Nowhere/Atlantis", MinExchangeSize = -1, Languages = ["de"] }));

        Assert.Equal(["hour", "languages", "minExchangeSize", "timeZone"], error.Errors.Keys.Order());
    }

    [Fact]
    public void Validate_WebhookWithBadContact_IsRejected()
    {
        var error = Assert.Throws<SubscriptionValidationException>(() =>
            SubscriptionValidator.Validate(new SubscriptionRequest { Webhook = "https://hooks.example.org/x", Contact = "not an address" }, false));

        Assert.Equal(["contact"], error.Errors.Keys);
    }

    [Fact]
    public void Validate_PlainHttpWebhookWithoutPrivateNetworks_IsRejected()
    {
        var error = Assert.Throws<SubscriptionValidationException>(() =>
            SubscriptionValidator.Validate(new SubscriptionRequest { Webhook = "http://hooks.example.org/x", AllowPrivateNetwork = true }, false));

        Assert.Contains("HTTPS", error.Errors["webhook"][0], StringComparison.Ordinal);
    }
}
