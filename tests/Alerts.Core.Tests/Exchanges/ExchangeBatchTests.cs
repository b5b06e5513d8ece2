using Alerts.Core.Detection;
using Alerts.Core.Exchanges;
using Alerts.Core.Items;

namespace Alerts.Core.Tests.Exchanges;

public class ExchangeBatchTests
{
    private static readonly ExchangeDetector Detector = new();

    private static string Add(ExchangeBatch batch, string id, string published, string text)
    {
        var item = new SourceItem { Id = id, SourceId = "s", Published = DateTimeOffset.Parse(published, System.Globalization.CultureInfo.InvariantCulture), Text = text };
        var detection = Detector.Detect(item);
        Assert.True(detection.IsExchange, id);
        return batch.Add(item, detection);
    }

    [Fact]
    public void Add_ReportsInThreeLanguagesOfOneExchange_ShareTheEvent()
    {
        var batch = new ExchangeBatch();

        var en = Add(batch, "en", "2026-04-19T11:00:00Z", "Russia and Ukraine swapped 246 prisoners each on Sunday.");
        var ru = Add(batch, "ru", "2026-04-19T11:10:00Z", "19 апреля из плена возвращены 246 российских военнослужащих.");
        var uk = Add(batch, "uk", "2026-04-20T07:00:00Z", "Вчора додому з полону повернулися 246 українських захисників.");

        Assert.Equal(en, ru);
        Assert.Equal(en, uk);
    }

    [Fact]
    public void Add_StagesOfAMultiDayDeal_AreSeparateEvents()
    {
        var batch = new ExchangeBatch();

        var day1 = Add(batch, "1", "2026-05-23T12:00:00Z", "Russia and Ukraine exchanged 390 prisoners each on Saturday.");
        var day2 = Add(batch, "2", "2026-05-24T12:00:00Z", "Russia and Ukraine exchanged 307 prisoners each on Sunday.");
        var day3 = Add(batch, "3", "2026-05-25T12:00:00Z", "Russia and Ukraine exchanged 303 prisoners each on Monday.");
        var lateReportOfDay2 = Add(batch, "4", "2026-05-25T20:00:00Z", "On Sunday 307 Ukrainian defenders came home from Russian captivity.");

        Assert.Equal(3, new[] { day1, day2, day3 }.Distinct().Count());
        Assert.Equal(day2, lateReportOfDay2);
    }
}
