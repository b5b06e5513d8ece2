using Alerts.Core.Detection;

namespace Alerts.Core.Tests.Detection;

/// <summary>
/// A brief that tells what each side received, one sentence each ("Russia received 1,200 servicemen. Ukraine received
/// 1,150 servicemen and 50 civilians."), and a report of "the first swap since the large exchange in October".
/// </summary>
public class ExchangeDetectorSidesReceivedTests
{
    [Fact]
    public void Detect_EachSideReceivedInItsOwnSentence_CountsEachSide()
    {
        var d = Reports.Detect("Brief: the Sunday exchange",
            "On Sunday Russia and Ukraine completed their largest exchange of the year. Russia received 1,200 servicemen. Ukraine received 1,150 servicemen and 50 civilians.",
            published: "2079-06-02T09:00:00Z");

        Assert.True(d.IsExchange);
        Assert.Equal(new PartyCounts(1200, 1150), d.Exchange!.ReturnedTo);
        Assert.Equal(new PartyCounts(null, 50), d.Exchange.CiviliansReturnedTo);
    }

    [Fact]
    public void Detect_FirstSwapSinceAnEarlierMonthsExchange_IsAReportOfTheNewOne()
    {
        var d = Reports.Detect("Ukraine, Russia exchange 115 prisoners each",
            "Ukraine brought home 115 servicemen on Wednesday in exchange for 115 Russian soldiers, in the first swap since the large 1,000-for-1,000 exchange in October, officials said.",
            published: "2084-11-29T15:00:00Z");

        Assert.True(d.IsExchange);
        Assert.Equal(new DateOnly(2084, 11, 29), d.Exchange!.Date);
        Assert.Equal(new PartyCounts(115, 115), d.Exchange.ReturnedTo);
    }

    [Fact]
    public void Detect_FirstSinceASwapInAnEarlierMonth_IsAReportOfTheNewOne()
    {
        var d = Reports.Detect("Qatar brokers first swap since August",
            "Russia and Ukraine each handed over 146 prisoners of war on Thursday in an exchange mediated by Qatar, the first since a large swap in August, officials said.",
            published: "2083-10-15T06:00:00Z");

        Assert.True(d.IsExchange);
        Assert.Equal(new DateOnly(2083, 10, 14), d.Exchange!.Date);
    }

    [Fact]
    public void Detect_FirstSinceAnEarlierDay_TakesNeitherItsDateNorItsDayAsACount()
    {
        var d = Reports.Detect("The Ukraine Dispatch",
            "Thursday's exchange — the first since April 18 — returned 205 people to Ukraine, according to Kyiv. Moscow said 188 Russian servicemen came home.",
            published: "2043-05-22T07:00:00Z");

        Assert.Equal(new DateOnly(2043, 5, 21), d.Exchange!.Date);
        Assert.Equal(new PartyCounts(188, 205), d.Exchange.ReturnedTo);
    }

    [Fact]
    public void Detect_AnniversaryOfAnOldSwap_IsNoReport() =>
        Assert.False(Reports.Detect("Families mark anniversary of swap",
            "Relatives gathered in Kyiv on Saturday to mark two years since the exchange of May 7, 2076, when 212 Ukrainians and 212 Russians were returned home.",
            published: "2078-05-07T09:00:00Z").IsExchange);
}
