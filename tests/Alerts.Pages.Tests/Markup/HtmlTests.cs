using Alerts.Pages.Markup;

namespace Alerts.Pages.Tests.Markup;

public sealed class HtmlTests
{
    [Fact]
    public void Of_StringHole_IsEscaped()
    {
        var html = Html.Of($"<p title=\"{Samples.HostileTitle}\">{Samples.HostileTitle}</p>");

        Assert.Equal(
            "<p title=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt;\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt;</p>",
            html.Value);
    }

    [Fact]
    public void Of_HtmlHoleAndListOfHtml_AreKeptAsMarkup()
    {
        var items = new List<Html> { Html.Of($"<li>{"a<b"}</li>"), Html.Of($"<li>{2}</li>") };

        var html = Html.Of($"<ul>{items}</ul>{Html.Of($"<br>")}");

        Assert.Equal("<ul><li>a&lt;b</li><li>2</li></ul><br>", html.Value);
    }

    [Fact]
    public void Of_NumbersAndFormats_AreInvariant()
    {
        var html = Html.Of($"{1234567} {12.345} {7:00}");

        Assert.Equal("1234567 12.35 07", html.Value);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData(" JavaScript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("vbscript:msgbox")]
    [InlineData("/relative/path")]
    [InlineData("https://user:pass@example.org/")]
    [InlineData("")]
    [InlineData(null)]
    public void SafeUrl_NotPlainHttp_ReturnsNull(string? url) => Assert.Null(Html.SafeUrl(url));

    [Theory]
    [InlineData("https://news.example.org/a?b=1&c=2", "https://news.example.org/a?b=1&c=2")]
    [InlineData("http://news.example.org/\"onmouseover=\"x", "http://news.example.org/%22onmouseover=%22x")]
    public void SafeUrl_HttpUrl_ReturnsIt(string url, string expected) => Assert.Equal(expected, Html.SafeUrl(url));
}
