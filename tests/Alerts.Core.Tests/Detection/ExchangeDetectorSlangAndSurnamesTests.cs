using Alerts.Core.Detection;

namespace Alerts.Core.Tests.Detection;

/// <summary>
/// A war correspondent's slang ("из укроплена вытащили"), a freed marine whose surname begins like Lithuania's name, and
/// a wife's appeal to "the guys who have already come home": only the first two report an exchange.
/// </summary>
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

    [Theory]
    [InlineData("Двічі він був у списках на обмін. Хлопці, які вже повернулися додому: якщо хтось бачив його в колонії, напишіть мені. Сьогодні 500 днів, як я чекаю.")]
    [InlineData("Дважды он был в списках на обмен. Ребята, которые уже вернулись домой: если кто-то видел его, напишите мне. Сегодня 500 дней, как я жду.")]
    [InlineData("He was on the exchange lists twice. To the men who have already come home: if you saw him in the camp, please write to me. Today it is 500 days.")]
    public void Detect_AppealToThoseAlreadyHome_IsNoReport(string text) =>
        Assert.False(Reports.Detect("Still waiting", text, published: "2090-02-14T19:10:00Z").IsExchange);
}
