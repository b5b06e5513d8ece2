using Alerts.Core.Sources.Text;

namespace Alerts.Core.Tests.Sources.Text;

public class HtmlTextTests
{
    [Theory]
    [InlineData("<p>One</p><p>Two</p>", "One\nTwo")]
    [InlineData("Line one<br>Line two<br/><br/>Line three", "Line one\nLine two\nLine three")]
    [InlineData("<b>Bold</b> and <i>italic</i>", "Bold and italic")]
    [InlineData("Tom &amp; Jerry &mdash; &#171;quoted&#187; &nbsp;x", "Tom & Jerry — «quoted» x")]
    [InlineData("<script>alert(1)</script><style>p{}</style><p>Kept</p>", "Kept")]
    [InlineData("<ul><li>a</li><li>b</li></ul>", "a\nb")]
    [InlineData("  plain\r\n  text   with   spaces ", "plain\ntext with spaces")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void ToText_Html_GivesCleanTextWithLineBreaks(string? html, string expected) =>
        Assert.Equal(expected, HtmlText.ToText(html));

    [Fact]
    public void ToText_BrokenMarkup_StillDropsTags() =>
        Assert.Equal("unclosed bold\nnext", HtmlText.ToText("<div><b>unclosed bold<p>next"));
}
