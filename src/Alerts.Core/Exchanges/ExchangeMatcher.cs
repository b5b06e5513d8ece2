using Alerts.Core.Detection;

namespace Alerts.Core.Exchanges;

/// <summary>Decides whether a report describes an exchange already known (date, counts, mediators).</summary>
public static class ExchangeMatcher
{
    /// <summary>How many days apart two reports of one exchange may date it.</summary>
    public const int DateToleranceDays = 1;

    /// <summary>The best matching event, or null when the report is of a new exchange.</summary>
    public static ExchangeEvent? FindMatch(IEnumerable<ExchangeEvent> candidates, ExchangeFacts facts) =>
        candidates
            .Select(e => (Event: e, Score: Score(e, facts)))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score)
            .Select(x => x.Event)
            .FirstOrDefault();

    /// <summary>0 when the two cannot be one exchange; higher is a better match.</summary>
    public static double Score(ExchangeEvent exchange, ExchangeFacts facts)
    {
        if (exchange.Date is { } a && facts.Date is { } b && Math.Abs(a.DayNumber - b.DayNumber) > DateToleranceDays)
        {
            return 0;
        }

        var score = 1.0;
        if (exchange.Date == facts.Date)
        {
            score += 1;
        }

        foreach (var party in new[] { Party.RU, Party.UA })
        {
            var known = exchange.Reports.Select(r => r.Facts.ReturnedTo[party]).Where(v => v is not null).ToHashSet();
            if (facts.ReturnedTo[party] is not { } value || known.Count == 0)
            {
                continue;
            }

            if (known.Contains(value))
            {
                score += 2;
            }
            else if (known.All(k => Math.Abs(k!.Value - value) > Math.Max(5, value / 3)))
            {
                return 0;
            }
        }

        if (exchange.Mediators.Count > 0 && facts.Mediators.Count > 0)
        {
            score += exchange.Mediators.Intersect(facts.Mediators).Any() ? 1 : -1;
        }

        return Math.Max(score, 0);
    }
}
