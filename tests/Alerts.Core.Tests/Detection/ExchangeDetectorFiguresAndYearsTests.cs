using Alerts.Core.Detection;

namespace Alerts.Core.Tests.Detection;

/// <summary>
/// Figures of an earlier year beside today's ("By 2069 … 10,000. Today … that figure at 7,800"), figures that
/// refer back to the one before them, totals that "rose to" a value, and held figures beside a goal of return.
/// </summary>
public class ExchangeDetectorFiguresAndYearsTests
{
    private static Alerts.Core.Detection.Detection Detect(string text) => Reports.Detect("", text, published: "2071-03-12T12:00:00Z");

    [Theory]
    [InlineData("By 2069 Kyiv estimated that around 10,000 Ukrainians were in Russian captivity. Today the Coordination Headquarters puts that figure at roughly 7,800.", StatisticMetric.Held, Party.RU, 7800, CountQualifier.Approx, 10000)]
    [InlineData("Ще на початку 2070 року в полоні, за оцінками, залишалося понад 9 тисяч українців. Тепер ця цифра становить близько 7 500.", StatisticMetric.Held, Party.RU, 7500, CountQualifier.Approx, 9000)]
    [InlineData("В 2069 году в украинском плену, по оценкам, находились около 3000 российских военных. Сейчас эта цифра составляет около 1500.", StatisticMetric.Held, Party.UA, 1500, CountQualifier.Approx, 3000)]
    [InlineData("In 2070 the ombudsman said some 9,000 Ukrainians were still held in Russia. The figure now stands at about 6,000.", StatisticMetric.Held, Party.RU, 6000, CountQualifier.Approx, 9000)]
    public void Detect_FigureOfAnEarlierYearThenTodaysFigure_CountsTodaysOnly(string text, StatisticMetric metric, Party party, int value, CountQualifier qualifier, int old)
    {
        var d = Detect(text);

        Assert.Contains(new CountStatistic(metric, party, value, qualifier), d.Counts);
        Assert.DoesNotContain(d.Counts, c => c.Value == old);
    }

    [Theory]
    [InlineData("Загальна кількість повернутих з полону зросла до 5 539.", StatisticMetric.ReturnedTotal, Party.UA, 5539, CountQualifier.Exact)]
    [InlineData("Общее число освобожденных из плена с 2022 года выросло до 2 480 человек.", StatisticMetric.ReturnedTotal, Party.RU, 2480, CountQualifier.Exact)]
    [InlineData("Омбудсмен добавила, что в украинском плену сейчас находятся более 1,2 тыс. российских военнослужащих и работа по их возвращению будет продолжена.", StatisticMetric.Held, Party.UA, 1200, CountQualifier.AtLeast)]
    [InlineData("У російському полоні досі перебувають понад 7 тисяч українців, і робота з їх повернення триває щодня.", StatisticMetric.Held, Party.RU, 7000, CountQualifier.AtLeast)]
    [InlineData("Ukraine's Coordination Headquarters said 5,870 Ukrainians had been returned from Russian captivity since the start of the full-scale invasion in February 2022.", StatisticMetric.ReturnedTotal, Party.UA, 5870, CountQualifier.Exact)]
    [InlineData("Western officials estimate that Ukraine holds up to 2000 Russians.", StatisticMetric.Held, Party.UA, 2000, CountQualifier.AtMost)]
    public void Detect_TotalThatRoseOrHeldBesideAGoalOfReturn_IsAStatistic(string text, StatisticMetric metric, Party party, int value, CountQualifier qualifier)
    {
        var d = Detect(text);

        Assert.Contains(new CountStatistic(metric, party, value, qualifier), d.Counts);
    }

    [Fact]
    public void Detect_QuestionThenTheFigure_AnswersTheQuestion()
    {
        var d = Detect("How many are still held? Ukraine's ombudsman puts the figure at about 6,500.");

        Assert.Contains(new CountStatistic(StatisticMetric.Held, Party.RU, 6500, CountQualifier.Approx), d.Counts);
    }
}
