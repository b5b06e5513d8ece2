using Alerts.Core.Detection;
using Alerts.Core.Items;

namespace Alerts.Core.Tests.Detection;

/// <summary>Multi-day deals, several days in one text, and exchanges told of in passing.</summary>
public class ExchangeDetectorStageTests
{
    // Thursday 15 August 2030 (the first stage was on Wednesday the 14th).
    private static Alerts.Core.Detection.Detection Detect(string title, string text) => Reports.Detect(title, text, published: "2030-08-15T12:00:00Z");

    [Theory]
    [InlineData("Live: second phase of the prisoner exchange", "Another 300 Ukrainian servicemen have just crossed the border, Kyiv said. Russia receives the same number. Yesterday's first phase also returned 300 on each side.")]
    [InlineData("Другий етап обміну", "Ще 300 захисників повернулися додому. Учора, під час першого етапу, повернули 300 військових.")]
    [InlineData("Второй этап обмена", "Возвращены еще 300 российских военнослужащих. Вчера в рамках первого этапа были возвращены 300 военных.")]
    public void Detect_LaterStageRecallingTheFirst_IsDatedByItsOwnDay(string title, string text)
    {
        var d = Detect(title, text);

        Assert.True(d.IsExchange);
        Assert.Equal(new DateOnly(2030, 8, 15), d.Exchange!.Date);
    }

    [Theory]
    [InlineData("Другий день обміну", "Вчора — 120, сьогодні — 100 воїнів. Ще сто наших вдома.", 15)]
    [InlineData("Day two", "Yesterday 120 came home; today 100 more Ukrainian soldiers were freed from Russian captivity.", 15)]
    [InlineData("День первый", "Сегодня вернулись 120 российских военнослужащих, завтра — еще 100.", 15)]
    public void Detect_TwoDaysInOneSentence_TakesTheDayNextToTheHeadlineCount(string title, string text, int day)
    {
        var d = Detect(title, text);

        Assert.True(d.IsExchange);
        Assert.Equal(new DateOnly(2030, 8, day), d.Exchange!.Date);
    }

    [Theory]
    [InlineData("Russia and Ukraine agree 300-for-300 swap over three days", "Russia and Ukraine will exchange 300 prisoners of war each over three days, both sides said.")]
    [InlineData("Striker freed from captivity signs for Kyiv club", "Andriy, who was freed in the May prisoner swap, signed with a Kyiv club on Friday. He was among the 120 soldiers returned on the first day of that exchange.")]
    [InlineData("Нападающий вернулся в футбол", "Андрей, освобожденный в ходе майского обмена, подписал контракт в пятницу. Он был среди 120 военных, возвращенных в первый день того обмена.")]
    [InlineData("Нападник повернувся у футбол", "Андрій, звільнений під час травневого обміну, у пʼятницю підписав контракт. Він був серед 120 військових, повернутих у перший день того обміну.")]
    public void Detect_AgreementOrAnOldSwapToldInPassing_IsNotAnExchange(string title, string text)
    {
        var d = Detect(title, text);

        Assert.False(d.IsExchange, string.Join("; ", d.Evidence));
    }

    [Fact]
    public void Detect_WeGotBack_CountsForTheSpeakersSide()
    {
        var d = Detect("Interview with a Coordination HQ official", "A: Yesterday we got back 57 people and handed over 57 Russians. The Emiratis worked on this for weeks.");

        Assert.True(d.IsExchange);
        Assert.Equal(new PartyCounts(57, 57), d.Exchange!.ReturnedTo);
    }
}
