using Alerts.Core.Detection;

namespace Alerts.Core.Tests.Detection;

/// <summary>
/// Held figures whose second half leaves the word for captivity out ("в российском плену … , а в украинском — около
/// 1,2 тыс."), or puts an aside between the number and its verb ("ще близько 8 тисяч, за оцінками штабу, залишаються").
/// </summary>
public class ExchangeDetectorElidedCaptivityTests
{
    private const string Published = "2080-06-10T12:00:00Z";

    [Theory]
    [InlineData("По оценкам, в российском плену находятся около 6 тыс. украинцев, а в украинском — около 1,2 тыс. российских военных.", Party.UA, 1200, CountQualifier.Approx)]
    [InlineData("В украинском плену находятся около 2,5 тыс. российских военнослужащих, в российском — не менее 8 тыс. украинцев.", Party.RU, 8000, CountQualifier.AtLeast)]
    [InlineData("В российском плену остаются около 6 тыс. украинцев; в украинском, по данным правозащитников, — около 1 500 российских военных.", Party.UA, 1500, CountQualifier.Approx)]
    [InlineData("У російському полоні залишаються близько 7 тисяч українців, в українському — понад 2 тисячі російських військових.", Party.UA, 2000, CountQualifier.AtLeast)]
    [InlineData("Загалом додому повернули 6 560 українців. Ще близько 8 тисяч, за оцінками штабу, залишаються в російській неволі.", Party.RU, 8000, CountQualifier.Approx)]
    public void Detect_SecondHalfWithoutItsNoun_IsAHeldFigure(string text, Party holder, int value, CountQualifier qualifier) =>
        Assert.Contains(new CountStatistic(StatisticMetric.Held, holder, value, qualifier), Reports.Detect("", text, published: Published).Counts);

    [Fact]
    public void Detect_ElidedHeldFigure_IsNoCountOfTheExchange()
    {
        var d = Reports.Detect("Обмен тяжелоранеными: главное",
            "Вчера Россия и Украина провели обмен тяжелоранеными военнопленными — 103 на 103. В российском плену остаются около 6 тыс. украинцев; в украинском, по данным правозащитников, — около 1 500 российских военных.",
            published: Published);

        Assert.Equal(new PartyCounts(103, 103), d.Exchange!.ReturnedTo);
    }
}
