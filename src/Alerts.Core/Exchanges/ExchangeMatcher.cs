using Alerts.Core.Detection;

namespace Alerts.Core.Exchanges;

/// <summary>
/// Decides whether a report describes an exchange already known. Evidence: the date (reports may
/// date one exchange a day apart), the numbers per side (sides may disagree: 150 vs 189), and the
/// mediators. Stages of a multi-day deal are separate events: a report dated another day joins
/// only when its numbers are the same, and never when both it and the event name a stage and
/// their texts date them to different days (600-for-600 as 300 on Saturday and 300 on Sunday),
/// nor when they number different stages ("the second day" and "the third stage").
/// </summary>
public static class ExchangeMatcher
{
    /// <summary>How many days apart two reports of one exchange may date it.</summary>
    public const int DateToleranceDays = 1;

    /// <summary>The best matching event, or null when the report is of a new exchange.</summary>
    public static ExchangeEvent? FindMatch(IEnumerable<ExchangeEvent> candidates, ExchangeFacts facts)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ExchangeEvent? best = null;
        var bestScore = 0.0;
        foreach (var candidate in candidates)
        {
            var score = Score(candidate, facts);
            if (score > bestScore || (score == bestScore && score > 0 && string.CompareOrdinal(candidate.Id, best!.Id) < 0))
            {
                best = candidate;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>0 when the two cannot be one exchange; higher is a better match.</summary>
    public static double Score(ExchangeEvent exchange, ExchangeFacts facts)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        ArgumentNullException.ThrowIfNull(facts);
        var dayGap = exchange.Date is { } a && facts.Date is { } b ? Math.Abs(a.DayNumber - b.DayNumber) : 0;
        if (dayGap > DateToleranceDays)
        {
            return 0;
        }

        if ((dayGap > 0 && facts is { Stage: true, DateStated: true } && OtherStage(exchange, facts.Date)) || OtherStageNumber(exchange, facts.StageNumber))
        {
            return 0;
        }

        var score = dayGap == 0 ? 2.0 : 1.0;
        foreach (var party in new[] { Party.RU, Party.UA })
        {
            if (facts.ReturnedTo[party] is not { } value)
            {
                continue;
            }

            var known = KnownValues(exchange, party);
            if (known.Count == 0)
            {
                continue;
            }

            if (known.Contains(value))
            {
                score += 2;
            }
            else if (dayGap > 0 || known.TrueForAll(k => !Close(k, value)))
            {
                // Another day with other numbers is another stage; the same day, far apart numbers another exchange.
                return 0;
            }
        }

        if (exchange.Mediators.Count > 0 && facts.Mediators.Count > 0)
        {
            score += exchange.Mediators.Intersect(facts.Mediators).Any() ? 1 : -1;
        }

        return Math.Max(score, 0);
    }

    /// <summary>Numbers two sides may give for one exchange (Moscow 150, Kyiv 189).</summary>
    public static bool Close(int a, int b) => Math.Abs(a - b) <= Math.Max(5, Math.Max(a, b) / 3);

    /// <summary>A report of the event names a stage and its text dates it to another day.</summary>
    private static bool OtherStage(ExchangeEvent exchange, DateOnly? date)
    {
        foreach (var report in exchange.Reports)
        {
            if (report.Facts is { Stage: true, DateStated: true } other && other.Date != date)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The report numbers its stage ("the third stage") and a report of the event numbers another.</summary>
    private static bool OtherStageNumber(ExchangeEvent exchange, int? number) =>
        number is { } n && exchange.Reports.Any(r => r.Facts.StageNumber is { } other && other != n);

    private static List<int> KnownValues(ExchangeEvent exchange, Party party)
    {
        var known = new List<int>();
        if (exchange.ReturnedTo[party] is { } consolidated)
        {
            known.Add(consolidated);
        }

        foreach (var report in exchange.Reports)
        {
            if (report.Facts.ReturnedTo[party] is { } value && !known.Contains(value))
            {
                known.Add(value);
            }
        }

        return known;
    }
}
