using Alerts.Core.Alerting;
using Alerts.Core.Digests;
using Alerts.Core.Exchanges;

namespace Alerts.Core.Tests.Digests;

public sealed class AlertTextTests
{
    private static Alert CountsChanged(params CountChange[] changes) => new()
    {
        Id = "xc-1",
        Type = AlertType.ExchangeCountsChanged,
        CreatedAt = DateTimeOffset.UnixEpoch,
        Exchange = new ExchangeEvent { Id = "ex-1", Date = new DateOnly(2026, 11, 22) },
        Changes = changes,
    };

    [Fact]
    public void Summary_RevisedCount_SaysOldNewAndDelta()
    {
        var text = AlertText.Summary(CountsChanged(new CountChange("returned_to.UA", 185, 189)));

        Assert.Equal("Exchange of 22 Nov 2026: numbers revised, returned to Ukraine 185 → 189 (+4)", text);
    }

    [Fact]
    public void Summary_CountFirstStatedByALaterReport_SaysCompletedWithoutAQuestionMark()
    {
        var text = AlertText.Summary(CountsChanged(new CountChange("returned_to.RU", null, 185)));

        Assert.Equal("Exchange of 22 Nov 2026: numbers completed, returned to Russia 185 (first reported)", text);
    }
}
