using Alerts.Core.Detection;

namespace Alerts.Core.Exchanges;

/// <summary>Derives an event's numbers from its reports, so they do not flip-flop between sources.</summary>
public static class ExchangeConsolidation
{
    /// <summary>
    /// Returns the event with numbers recomputed from its reports. For the number returned to a
    /// country, that country's own reports win (it counts who arrived), the latest of them being a
    /// revision; without one, the value most reports give, the earliest report breaking ties.
    /// </summary>
    public static ExchangeEvent Consolidate(ExchangeEvent exchange)
    {
        var reports = exchange.Reports.OrderBy(r => r.Published).ToList();
        var returned = new PartyCounts(Pick(reports, Party.RU, f => f.ReturnedTo), Pick(reports, Party.UA, f => f.ReturnedTo));
        var civilians = new PartyCounts(Pick(reports, Party.RU, f => f.CiviliansReturnedTo), Pick(reports, Party.UA, f => f.CiviliansReturnedTo));
        var discrepancy = new[] { Party.RU, Party.UA }.Any(p =>
            reports.Select(r => r.Facts.ReturnedTo[p]).Where(v => v is not null).Distinct().Count() > 1);
        return exchange with
        {
            Date = reports.Select(r => r.Facts.Date).FirstOrDefault(d => d is not null) ?? exchange.Date,
            ReturnedTo = returned,
            CiviliansReturnedTo = civilians,
            Mediators = reports.SelectMany(r => r.Facts.Mediators).Distinct().Order(StringComparer.Ordinal).ToList(),
            Transit = reports.SelectMany(r => r.Facts.Transit).Distinct().Order(StringComparer.Ordinal).ToList(),
            Discrepancy = discrepancy,
        };
    }

    private static int? Pick(List<ExchangeReport> reports, Party party, Func<ExchangeFacts, PartyCounts> counts)
    {
        var stated = reports.Where(r => counts(r.Facts)[party] is not null).ToList();
        var own = stated.Where(r => r.Side == party).ToList();
        if (own.Count > 0)
        {
            return counts(own[^1].Facts)[party];
        }

        return stated
            .GroupBy(r => counts(r.Facts)[party])
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Min(r => r.Published))
            .Select(g => g.Key)
            .FirstOrDefault();
    }
}
