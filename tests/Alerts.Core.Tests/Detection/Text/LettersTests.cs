using Alerts.Core.Detection.Text;
using Xunit;

namespace Alerts.Core.Tests.Detection.Text;

public class LettersTests
{
    [Fact]
    public void IsLetter_EveryCharacter_AgreesWithTheFramework()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            Assert.True(Letters.IsLetter(c) == char.IsLetter(c), $"U+{(int)c:X4}");
        }
    }

    [Fact]
    public void IsLetterOrDigit_EveryCharacter_AgreesWithTheFramework()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            Assert.True(Letters.IsLetterOrDigit(c) == char.IsLetterOrDigit(c), $"U+{(int)c:X4}");
        }
    }
}
