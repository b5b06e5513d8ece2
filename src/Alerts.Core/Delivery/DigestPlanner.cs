using Alerts.Core.Subscriptions;

namespace Alerts.Core.Delivery;

/// <summary>Finds daily and weekly subscribers whose digest period has ended and not been delivered.</summary>
public sealed class DigestPlanner(ISubscriberStore subscribers, TimeProvider time)
{
    public async Task<IReadOnlyList<DeliveryRequest>> PlanDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var all = await subscribers.ListAsync(cancellationToken).ConfigureAwait(false);
        return all
            .Where(s => s.Status == SubscriptionStatus.Active && s.Cadence != Cadence.Immediate)
            .Select(s => (Subscriber: s, PeriodEnd: LastPeriodEnd(s, now)))
            .Where(x => x.PeriodEnd > x.Subscriber.DeliveredThrough)
            .Select(x => new DeliveryRequest(DeliveryKind.Digest, x.Subscriber.Id, PeriodEnd: x.PeriodEnd))
            .ToList();
    }

    /// <summary>The latest scheduled digest time at or before <paramref name="now"/>, in UTC.</summary>
    public static DateTimeOffset LastPeriodEnd(Subscriber subscriber, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(subscriber.TimeZone);
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var candidate = local.Date.AddHours(subscriber.Hour);
        if (subscriber.Cadence == Cadence.Weekly)
        {
            candidate = candidate.AddDays(-(((int)candidate.DayOfWeek - (int)subscriber.Day + 7) % 7));
        }

        var step = subscriber.Cadence == Cadence.Weekly ? 7 : 1;
        while (ToUtc(candidate, zone) > now)
        {
            candidate = candidate.AddDays(-step);
        }

        return ToUtc(candidate, zone);
    }

    private static DateTimeOffset ToUtc(DateTime local, TimeZoneInfo zone)
    {
        // A local hour skipped by a DST change is moved an hour on; an ambiguous one takes the first.
        while (zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
