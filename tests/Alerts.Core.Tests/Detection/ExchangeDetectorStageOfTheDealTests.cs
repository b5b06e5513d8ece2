using Alerts.Core.Detection;

namespace Alerts.Core.Tests.Detection;

/// <summary>
/// A stage's report headed by the whole deal's formula ("Обмін 1.000 на 1.000 завершено" over "третій етап: 303
/// захисники"), and a live blog's stage told as "returned to each country in the first stage of the exchange agreed
/// last week": the stage's counts, not the deal's.
/// </summary>
public class ExchangeDetectorStageOfTheDealTests
{
    [Fact]
    public void Detect_DealFormulaInTheTitleOverAStagesCount_CountsTheStageOnly()
    {
        var d = Reports.Detect("Обмін 1.000 на 1.000 завершено",
            "🇺🇦 Третій, завершальний етап: сьогодні додому повернулися 305 захисників.\nЗа три дні в межах домовленостей 1.000 на 1.000 повернулися 1.000 українців.",
            published: "2086-05-26T13:15:00Z");

        Assert.Equal(new PartyCounts(null, 305), d.Exchange!.ReturnedTo);
    }

    [Fact]
    public void Detect_OurPeopleOfTheFirstStageBeforeTheDealsFormula_CountsTheStageOnly()
    {
        var d = Reports.Detect("Додому повертаються 415 наших людей",
            "Сьогодні додому повертаються 415 наших людей. Це перший етап обміну, про який ми домовилися в Стамбулі, — 1200 на 1200. Наступні етапи — найближчими днями.",
            published: "2089-05-16T14:10:00Z");

        Assert.Equal(new PartyCounts(null, 415), d.Exchange!.ReturnedTo);
    }

    [Fact]
    public void Detect_StageReturnedToEachCountry_CountsTheStage()
    {
        var d = Reports.Detect("Live: First stage of 1,000-for-1,000 swap under way",
            "15:05 - Confirmed by both sides: 390 people have been returned to each country in the first stage of the exchange agreed last week - 270 servicemen and 120 civilians on each side.\n12:55 - Reports that the first stage of the 1,000-for-1,000 exchange has begun.",
            published: "2086-05-24T15:05:00Z");

        Assert.Equal(new PartyCounts(270, 270), d.Exchange!.ReturnedTo);
        Assert.Equal(new PartyCounts(120, 120), d.Exchange.CiviliansReturnedTo);
    }

    [Fact]
    public void Detect_DayAfterAnEarlierStage_StillLeavesItsCivilians()
    {
        var d = Reports.Detect("Second day of swap brings 205 more soldiers home",
            "Ukraine brought home 205 more servicemen on Friday in the second stage of the exchange agreed in Istanbul last weekend, a day after 180 soldiers and 30 civilians returned on Thursday.",
            published: "2048-06-12T18:00:00Z");

        Assert.Equal(PartyCounts.None, d.Exchange!.CiviliansReturnedTo);
    }
}
