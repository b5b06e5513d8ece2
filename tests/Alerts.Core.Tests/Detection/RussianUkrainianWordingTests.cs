using Alerts.Core.Detection;
using Alerts.Core.Items;

namespace Alerts.Core.Tests.Detection;

/// <summary>Russian and Ukrainian wording of reports and hard negatives beyond the corpus (one case per class of wording).</summary>
public class RussianUkrainianWordingTests
{
    private static Alerts.Core.Detection.Detection Detect(string text, string language) => Reports.Detect("", text, language);

    [Theory]
    [InlineData("uk", "Сорок студентів повернулися додому після навчання за програмою культурного обміну в Німеччині.")]
    [InlineData("uk", "Бійці взяли в полон 26 окупантів. Усі вони поповнять обмінний фонд, щоб якнайшвидше повернути додому наших побратимів.")]
    [InlineData("uk", "У мережі пишуть про нібито обмін полоненими, що відбувся сьогодні. Це фейк.")]
    [InlineData("uk", "Лубінець: обмін полоненими на паузі через позицію РФ.")]
    [InlineData("ru", "Источник: в ближайшие дни Россия и Украина проведут обмен пленными по формуле 200 на 200.")]
    [InlineData("ru", "Россия освободила гражданина США в обмен на россиянина, осужденного в США. Обмен заключенными прошел при посредничестве ОАЭ.")]
    [InlineData("uk", "Наші діти вдома в безпеці після евакуації.")]
    public void Detect_HardNegative_IsNotAnExchange(string language, string text) =>
        Assert.False(Detect(text, language).IsExchange);

    [Theory]
    [InlineData("ru", "Сто пятьдесят российских военнослужащих возвращены домой. Гуманитарное содействие в возвращении военных оказали Объединенные Арабские Эмираты и США.", "AE,US")]
    [InlineData("uk", "Вісімдесят двоє наших воїнів — вдома! Дякую Сполученим Штатам за посередництво.", "US")]
    [InlineData("uk", "Сьогодні з полону повернулися 64 українські військові. Обмін став можливим завдяки посередництву Туреччини.", "TR")]
    [InlineData("ru", "Сегодня на родину вернулись 84 российских военнослужащих. Посредничество в возвращении российских военнослужащих из плена осуществили Объединенные Арабские Эмираты.", "AE")]
    [InlineData("uk", "Сьогодні з полону повернулися 200 захисників. Посередником, як і в попередніх обмінах, виступили ОАЕ.", "AE")]
    public void Detect_Report_ReadsTheMediators(string language, string text, string mediators)
    {
        var d = Detect(text, language);

        Assert.True(d.IsExchange);
        Assert.Equal(mediators.Split(','), d.Exchange!.Mediators.Order());
    }

    [Fact]
    public void Detect_SameDayTotal_IsThisExchangesCount()
    {
        var d = Detect("Українські військові, яких учора вдалося повернути з полону, проходять обстеження. Загалом у суботу додому повернулися 1 020 оборонців.", "uk");

        Assert.True(d.IsExchange);
        Assert.Equal(new PartyCounts(null, 1020), d.Exchange!.ReturnedTo);
        Assert.Empty(d.Counts);
    }

    [Theory]
    [InlineData("ru", "С 24 февраля 2022 года из украинского плена вернулись 5000 российских военнослужащих.", StatisticMetric.ReturnedTotal, Party.RU, 5000, CountQualifier.Exact)]
    [InlineData("uk", "Станом на 15 листопада з російського полону повернуто 6 463 українців.", StatisticMetric.ReturnedTotal, Party.UA, 6463, CountQualifier.Exact)]
    [InlineData("uk", "За нашими даними, у полоні ще перебувають понад 7 тисяч людей.", StatisticMetric.Held, Party.RU, 7000, CountQualifier.AtLeast)]
    [InlineData("ru", "В плену, по данным российской стороны, остаются около 1 100 человек.", StatisticMetric.Held, Party.UA, 1100, CountQualifier.Approx)]
    [InlineData("ru", "По данным омбудсмена, в украинском плену находятся не менее чем 800 российских военных.", StatisticMetric.Held, Party.UA, 800, CountQualifier.AtLeast)]
    public void Detect_Statistic_IsReadWithoutAnExchange(string language, string text, StatisticMetric metric, Party party, int value, CountQualifier qualifier)
    {
        var d = Detect(text, language);

        Assert.False(d.IsExchange);
        Assert.Contains(new CountStatistic(metric, party, value, qualifier), d.Counts);
    }
}
