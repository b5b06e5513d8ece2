using Alerts.Core.Detection.Text;
using Xunit;

namespace Alerts.Core.Tests.Detection.Text;

public class FirstLettersTests
{
    private readonly FirstLetters letters = new(["august", "в", "вчера", "sunday", "բարև", "xբ"]);

    [Theory]
    [InlineData("august")]
    [InlineData("augury")]
    [InlineData("в")]
    [InlineData("вчерашний")]
    [InlineData("su")]
    [InlineData("բար")]
    [InlineData("xբա")]
    public void MayStart_SameFirstTwoLetters_IsTrue(string word) => Assert.True(letters.MayStart(word));

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("ваш")]
    [InlineData("monday")]
    [InlineData("s")]
    [InlineData("բե")]
    [InlineData("xա")]
    [InlineData("բ")]
    public void MayStart_OtherFirstLetters_IsFalse(string word) => Assert.False(letters.MayStart(word));
}
