using Alerts.Core.Detection;

namespace Alerts.Core.Tests.Detection;

/// <summary>A war correspondent's slang ("из укроплена вытащили"), and a freed marine whose surname begins like Lithuania's name.</summary>
public class ExchangeDetectorSlangAndSurnamesTests
{
    [Fact]
    public void Detect_SlangForCaptivity_IsAReport()
    {
        var d = Reports.Detect("⚡️ОБМЕН", "Наши дома! 🇷🇺 Из укроплена вытащили 84 пацана. Сейчас все в Белоруссии.\n\nОтдали столько же.\n\n#обмен", published: "2080-03-23T08:50:00Z");

        Assert.True(d.IsExchange);
        Assert.Equal(new PartyCounts(84, 84), d.Exchange!.ReturnedTo);
    }

    [Theory]
    [InlineData("Вчора під час обміну з полону повернувся наш побратим — старший матрос Денис Литвиненко. Серед 206 звільнених захисників був і він.")]
    [InlineData("Вчера в ходе обмена из плена вернулся наш земляк Андрей Литвинов. Среди 206 освобожденных военнослужащих был и он.")]
    public void Detect_SurnameLikeLithuania_IsNoOtherConflict(string text)
    {
        var d = Reports.Detect("", text, published: "2081-10-04T08:00:00Z");

        Assert.True(d.IsExchange);
        Assert.Equal(new DateOnly(2081, 10, 3), d.Exchange!.Date);
    }

    [Fact]
    public void Detect_SwapWithLithuania_IsStillAnotherConflict() =>
        Assert.False(Reports.Detect("", "Вчера Беларусь и Литва провели обмен заключенными: на свободу вышли пятеро граждан.", published: "2081-10-04T08:00:00Z").IsExchange);
}
