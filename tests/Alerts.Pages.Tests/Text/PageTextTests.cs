using Alerts.Pages.Text;
using Microsoft.AspNetCore.Http;

namespace Alerts.Pages.Tests.Text;

public sealed class PageTextTests
{
    [Theory]
    [InlineData("uk")]
    [InlineData("ru")]
    public void Keys_EveryLanguage_HasItsOwnTextForEveryKey(string language)
    {
        var text = PageText.For(language);
        var english = PageText.For("en");
        var shared = new[] { "qualifier.Exact" };

        Assert.Equal(language, text.Language);
        Assert.DoesNotContain(PageText.Keys, k => text[k] == english[k] && !shared.Contains(k));
    }

    [Theory]
    [InlineData("?lang=ru", "uk-UA,uk;q=0.9", "ru")]
    [InlineData("", "uk-UA,uk;q=0.9,en;q=0.5", "uk")]
    [InlineData("", "de-DE, ru;q=0.8, en;q=0.9", "en")]
    [InlineData("", "de-DE, ru;q=0.8", "ru")]
    [InlineData("?lang=xx", "fr", "en")]
    [InlineData("", "", "en")]
    public void For_Request_PrefersQueryThenAcceptLanguage(string query, string acceptLanguage, string expected)
    {
        var context = new DefaultHttpContext();
        context.Request.QueryString = new QueryString(query);
        context.Request.Headers.AcceptLanguage = acceptLanguage;

        Assert.Equal(expected, PageText.For(context.Request).Language);
    }

    [Fact]
    public void NumberAndDate_Ukrainian_UseUkrainianFormats()
    {
        var text = PageText.For("uk");

        Assert.Equal("22 листопада 2026", text.Date(new DateOnly(2026, 11, 22)));
        Assert.Equal("1\u00a0234", text.Number(1234));
        Assert.Equal("ОАЕ", text.Country("AE"));
        Assert.Equal("не вказано", text.Number(null));
    }
}
