using Alerts.Core.Detection.Text;

namespace Alerts.Core.Tests.Detection;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("1,000 prisoners", "1000 prisoners")]
    [InlineData("возвращены 95 (девяносто пять) российских военнослужащих", "возвращены 95 российских военнослужащих")]
    [InlineData("80 (восемьдесят) военнопленных, 80 (79) и (80)", "80 военнопленных, 80 (79) и (80)")]
    [InlineData("1 000 пленных", "1000 пленных")]
    [InlineData("1\u00a0000 полонених", "1000 полонених")]
    [InlineData("1.000 Gefangene", "1000 gefangene")]
    [InlineData("6 тыс. украинцев", "6000 украинцев")]
    [InlineData("более тысячи пленных", "более 1000 пленных")]
    [InlineData("понад сотні полонених", "понад 100 полонених")]
    [InlineData("6 тисяч українців", "6000 українців")]
    [InlineData("1.2 thousand people", "1200 people")]
    [InlineData("1,5 тыс. россиян", "1500 россиян")]
    [InlineData("two hundred and forty-six soldiers", "246 soldiers")]
    [InlineData("Сто сорок шість захисників", "146 захисників")]
    [InlineData("полторы сотни пленных", "150 пленных")]
    [InlineData("полторы тысячи", "1500")]
    [InlineData("девяносто военных", "90 военных")]
    [InlineData("двухсот сорока шести военнослужащих", "246 военнослужащих")]
    [InlineData("пятерых армянских", "5 армянских")]
    [InlineData("дев'яносто українців", "90 українців")]
    [InlineData("Eighty-four Ukrainian soldiers", "84 ukrainian soldiers")]
    [InlineData("a thousand", "a 1000")]
    public void Normalize_Numbers_BecomeDigits(string text, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(text));

    [Theory]
    [InlineData("the 60th exchange", "the 60th exchange")]
    [InlineData("24.08.2025", "24.08.2025")]
    [InlineData("сотни пленных", "сотни пленных")]
    [InlineData("тысячи пленных", "тысячи пленных")]
    [InlineData("hundreds of prisoners", "hundreds of prisoners")]
    [InlineData("one of them", "one of them")]
    [InlineData("Ёлка — «мир»", "елка - \"мир\"")]
    public void Normalize_NotCounts_StayAsWritten(string text, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(text));
}
