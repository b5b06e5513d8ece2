using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Alerts.Core.Subscriptions;
using Alerts.Pages.Forms;
using Alerts.Pages.Text;
using Alerts.Pages.Views;

namespace Alerts.Pages.Tests.Views;

public sealed class HomeViewTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("uk")]
    [InlineData("ru")]
    public void Render_AnyLanguage_IsLabelledAndScriptFree(string language)
    {
        var document = Render(PageText.For(language), new SubscriptionForm());

        Assert.Equal(language, document.DocumentElement.GetAttribute("lang"));
        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Empty(document.QuerySelectorAll("[style]"));
        Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        var ids = document.All.Select(e => e.Id).Where(id => !string.IsNullOrEmpty(id)).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.All(document.QuerySelectorAll("input:not([type=hidden]), select"), input =>
            Assert.True(document.QuerySelector($"label[for='{input.Id}']") is not null, $"{input.Id} has no label"));
        Assert.All(document.QuerySelectorAll("[aria-describedby]"), e =>
            Assert.All(e.GetAttribute("aria-describedby")!.Split(' ', StringSplitOptions.RemoveEmptyEntries), id => Assert.NotNull(document.GetElementById(id))));
        Assert.Equal(["/api/alerts.atom", "/api/exchanges"], document.QuerySelectorAll("#data a").Select(a => a.GetAttribute("href")));
        Assert.Equal("token-1", document.QuerySelector($"input[name={FormGuard.FieldName}]")!.GetAttribute("value"));
    }

    [Fact]
    public void Render_FormWithErrors_MarksEachFieldAndLinksTheSummaryToIt()
    {
        var form = new SubscriptionForm
        {
            Email = "<not an address>",
            Errors = new Dictionary<string, string> { ["email"] = "Enter a valid email address.", ["types"] = "Choose from the listed options." },
        };

        var document = Render(PageText.For("en"), form);

        var email = document.GetElementById("email")!;
        Assert.Equal("<not an address>", email.GetAttribute("value"));
        Assert.Equal("true", email.GetAttribute("aria-invalid"));
        Assert.Equal("email-error", email.GetAttribute("aria-describedby"));
        Assert.Equal("!Enter a valid email address.", document.GetElementById("email-error")!.TextContent);
        Assert.Equal("types-hint types-error", document.GetElementById("types")!.GetAttribute("aria-describedby"));
        Assert.Equal(["#email", "#types"], document.QuerySelectorAll(".error-summary a").Select(a => a.GetAttribute("href")));
        Assert.Equal("alert", document.QuerySelector(".error-summary")!.GetAttribute("role"));
    }

    [Fact]
    public void Render_ManageForm_HasNoAddressFieldsAndKeepsChoices()
    {
        var subscriber = new Subscriber
        {
            Id = "sub-1", Channel = Channel.Email, Address = "reader@example.org", Cadence = Cadence.Weekly, Day = DayOfWeek.Friday, Hour = 18,
            Filters = new SubscriptionFilters { Languages = ["uk"], MinExchangeSize = 25 },
        };

        var html = SubscriptionPages.Manage(PageText.For("en"), subscriber, SubscriptionForm.Of(subscriber), "token-1", "Your changes are saved.").Value;
        var document = new HtmlParser().ParseDocument(html);

        Assert.Null(document.GetElementById("email"));
        Assert.Equal("reader@example.org", document.QuerySelector("dl.facts dd")!.TextContent);
        Assert.Equal("waiting for confirmation", document.GetElementById("subscription-status")!.TextContent);
        Assert.True(document.GetElementById("cadence-Weekly")!.HasAttribute("checked"));
        Assert.True(document.GetElementById("languages-uk")!.HasAttribute("checked"));
        Assert.Equal("Friday", document.QuerySelector("#day option[selected]")!.GetAttribute("value"));
        Assert.Equal("18", document.QuerySelector("#hour option[selected]")!.GetAttribute("value"));
        Assert.Equal("25", document.GetElementById("minExchangeSize")!.GetAttribute("value"));
        Assert.Equal("Your changes are saved.", document.QuerySelector("[role=status]")!.TextContent);
    }

    private static IDocument Render(PageText text, SubscriptionForm form)
    {
        var exchanges = new[]
        {
            Samples.Exchange("b", new DateOnly(2026, 11, 22), 185, 185, Samples.Report("i1", "javascript:alert(1)", Samples.HostileTitle)),
            Samples.Exchange("a", new DateOnly(2026, 8, 24), 146, 146),
        };
        return new HtmlParser().ParseDocument(HomeView.Render(text, exchanges, [Samples.HeldByRussia()], form, "token-1").Value);
    }
}
