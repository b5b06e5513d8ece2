using Alerts.Core.Alerting;
using Alerts.Core.Detection;
using Alerts.Core.Exchanges;

namespace Alerts.IntegrationTests.Delivery;

/// <summary>Alerts written for delivery tests.</summary>
internal static class TestAlerts
{
    public static Alert Exchange(string id, DateTimeOffset createdAt, int ru = 146, int ua = 146) => new()
    {
        Id = id,
        Type = AlertType.ExchangeReported,
        CreatedAt = createdAt,
        Exchange = new ExchangeEvent
        {
            Id = "ex-" + id,
            Date = DateOnly.FromDateTime(createdAt.UtcDateTime),
            ReturnedTo = new PartyCounts(ru, ua),
            Mediators = ["AE"],
            Reports = [new ExchangeReport { SourceId = "wire", ItemId = "item-" + id, Url = "https://wire.example/" + id, Title = $"Swap of {ru} for {ua}" }],
            FirstReportedAt = createdAt,
            UpdatedAt = createdAt,
        },
        Languages = ["en"],
        Parties = [Party.RU, Party.UA],
    };
}
