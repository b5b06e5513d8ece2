using Alerts.Core.Alerting;
using Alerts.Core.Detection;
using Alerts.Core.Digests;
using Alerts.Core.Exchanges;

namespace Alerts.Core.Tests.Digests;

public sealed class DigestComposerTests
{
    private const string Unsubscribe = "https://alerts.example.org/u/tok-unsub";
    private const string Manage = "https://alerts.example.org/manage/tok-manage";

    [Fact]
    public void Compose_OneExchange_SubjectSaysWhatHappened()
    {
        var message = DigestComposer.Compose([Exchange("a1", 146, 146, new DateOnly(2025, 8, 24))], Unsubscribe, Manage);

        Assert.Equal("Prisoner exchange: 146 for 146, UAE-mediated (24 Aug 2025)", message.Subject);
        Assert.Contains("Returned to Russia", message.Html, StringComparison.Ordinal);
        Assert.Contains("146", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_HostileSourceText_IsEscapedAndScriptLinksNeutralised()
    {
        var hostile = Exchange("a1", 146, 146, new DateOnly(2025, 8, 24)) with
        {
            Exchange = Exchange("a1", 146, 146, new DateOnly(2025, 8, 24)).Exchange! with
            {
                Reports =
                [
                    new ExchangeReport { SourceId = "s", ItemId = "i1", Url = "javascript:alert(document.cookie)", Title = "<script>alert('x')</script>Swap" },
                    new ExchangeReport { SourceId = "s", ItemId = "i2", Url = "https://wire.example/a?b=1&c=\"><img src=x onerror=alert(1)>", Title = "<img src=x onerror=alert(2)>" },
                ],
            },
        };

        var html = DigestComposer.Compose([hostile], Unsubscribe, Manage).Html;

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_Html_UsesInlineStylesOnly()
    {
        var html = DigestComposer.Compose([Exchange("a1", 146, 146, new DateOnly(2025, 8, 24))], Unsubscribe, Manage).Html;

        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("style=\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_CountChange_ShowsOldNewAndDelta()
    {
        var change = new Alert
        {
            Id = "c1",
            Type = AlertType.ExchangeCountsChanged,
            CreatedAt = At(2025, 8, 25),
            Exchange = Exchange("a1", 146, 150, new DateOnly(2025, 8, 24)).Exchange,
            Changes = [new CountChange("returned_to.UA", 146, 150)],
        };

        var message = DigestComposer.Compose([Exchange("a1", 146, 146, new DateOnly(2025, 8, 24)), change], Unsubscribe, Manage);

        Assert.Contains("returned to Ukraine 146 → 150 (+4)", message.Text, StringComparison.Ordinal);
        Assert.Equal("Prisoner exchange: 146 for 150, UAE-mediated (24 Aug 2025); Prisoner exchange digest: 1 new exchange, 1 count change", message.Subject);
    }

    [Fact]
    public void Compose_AnyMessage_CarriesManageAndUnsubscribeLinks()
    {
        var message = DigestComposer.Compose([Exchange("a1", 146, 146, new DateOnly(2025, 8, 24))], Unsubscribe, Manage);

        Assert.Contains(Unsubscribe, message.Text, StringComparison.Ordinal);
        Assert.Contains(Manage, message.Text, StringComparison.Ordinal);
        Assert.Contains($"href=\"{Unsubscribe}\"", message.Html, StringComparison.Ordinal);
    }

    private static Alert Exchange(string id, int ru, int ua, DateOnly date) => new()
    {
        Id = id,
        Type = AlertType.ExchangeReported,
        CreatedAt = At(date.Year, date.Month, date.Day),
        Exchange = new ExchangeEvent
        {
            Id = "ex-" + date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Date = date,
            ReturnedTo = new PartyCounts(ru, ua),
            Mediators = ["AE"],
            Reports = [new ExchangeReport { SourceId = "wire", ItemId = "i", Url = "https://wire.example/swap", Title = "Swap" }],
        },
    };

    private static DateTimeOffset At(int y, int m, int d) => new(y, m, d, 18, 0, 0, TimeSpan.Zero);
}
