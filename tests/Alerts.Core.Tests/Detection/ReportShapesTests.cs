using Alerts.Core.Detection;

namespace Alerts.Core.Tests.Detection;

/// <summary>Shapes of real reports: agreements dated apart from the swap, background, parts of a count, future forms.</summary>
public class ReportShapesTests
{
    // Sunday 6 July 2031.
    private static Alerts.Core.Detection.Detection Detect(string title, string text) => Reports.Detect(title, text, published: "2031-07-06T12:00:00Z");

    [Theory]
    [InlineData("", "В соответствии с договоренностями, достигнутыми 21 июня в Стамбуле, 5 июля возвращены 90 российских военнослужащих.", 5)]
    [InlineData("", "The last 90 Ukrainian soldiers came home on Saturday, completing the swap agreed at talks in Istanbul on June 21.", 5)]
    [InlineData("", "Сьогодні відбувся обмін, про який домовилися 20 червня: додому повернулися 90 захисників.", 6)]
    public void Detect_AgreementDatedEarlier_DatesTheExchangeByItsOwnDay(string title, string text, int day)
    {
        var d = Detect(title, text);

        Assert.True(d.IsExchange, string.Join("; ", d.Evidence));
        Assert.Equal(new DateOnly(2031, 7, day), d.Exchange!.Date);
    }

    [Theory]
    [InlineData("Двое брянцев вернулись из плена", "Среди военнослужащих, освобожденных в субботу, оказались двое жителей Брянской области. Напомним, в ходе обмена на родину вернулись 90 российских военных.", 90, null)]
    [InlineData("", "Серед 90 українців, яких учора повернули з полону, — семеро воїнів з Волині. Двоє з них були в полоні понад три роки.", null, 90)]
    [InlineData("", "5 июля возвращены 90 (девяносто) российских военнослужащих. Взамен переданы 90 военнопленных ВСУ.", 90, 90)]
    [InlineData("", "Дев'яносто один наш захисник уже вдома! 🇺🇦", null, 91)]
    public void Detect_PartsBackgroundAndRepeatedNumbers_CountTheWholeExchange(string title, string text, int? russia, int? ukraine)
    {
        var d = Detect(title, text);

        Assert.True(d.IsExchange, string.Join("; ", d.Evidence));
        Assert.Equal(new PartyCounts(russia, ukraine), d.Exchange!.ReturnedTo);
        Assert.DoesNotContain(d.Counts, c => c.Value < 10);
    }

    [Theory]
    [InlineData("Swap cancelled", "A prisoner exchange due today has been called off, Kyiv says. The previous swap, of 90 for 90, took place on Friday.")]
    [InlineData("Deal reached", "Negotiators agreed to exchange 300 prisoners of war from each side, to be carried out in stages in the coming weeks.")]
    [InlineData("Виставка", "У галереї відкрилася виставка малюнків захисників, які повернулися додому під час обмінів 2030 року.")]
    [InlineData("A runner's comeback", "Serhiy, freed in the largest swap since March, when 300 soldiers returned home, finished the Kyiv marathon.")]
    public void Detect_OtherOrFutureExchangesToldInPassing_IsNotAnExchange(string title, string text)
    {
        var d = Detect(title, text);

        Assert.False(d.IsExchange, string.Join("; ", d.Evidence));
    }

    [Fact]
    public void Detect_CiviliansReportedBySpeakers_GoToTheSpeakersSide()
    {
        var d = Detect("Swap", "Ukraine and Russia swapped 90 soldiers each on Saturday. Ukraine also said 8 civilians had come home, while Moscow said 3 residents of its Kursk region had been returned.");

        Assert.Equal(new PartyCounts(3, 8), d.Exchange!.CiviliansReturnedTo);
    }

    [Fact]
    public void Detect_HeldFigureAfterItsWording_IsAStatistic()
    {
        var d = Detect("", "Сьогодні додому повернулися 90 захисників. У неволі досі лишаються близько 6,3 тис.");

        Assert.Contains(d.Counts, c => c is { Metric: StatisticMetric.Held, Party: Party.RU, Value: 6300, Qualifier: CountQualifier.Approx });
    }
}
