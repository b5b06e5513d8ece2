using Alerts.Core.Alerting;
using Alerts.Core.Detection;

namespace Alerts.Core.Subscriptions;

/// <summary>A change to an existing subscription (manage link): only the fields given change.</summary>
public sealed record SubscriptionChange
{
    public Cadence? Cadence { get; init; }

    public string? TimeZone { get; init; }

    public int? Hour { get; init; }

    public DayOfWeek? Day { get; init; }

    public IReadOnlyList<AlertType>? Types { get; init; }

    public int? MinExchangeSize { get; init; }

    public IReadOnlyList<Party>? Parties { get; init; }

    public IReadOnlyList<string>? Languages { get; init; }

    /// <summary>Every setting of a request, its address aside (the manage page sends the whole form).</summary>
    public static SubscriptionChange Settings(SubscriptionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new()
        {
            Cadence = request.Cadence, TimeZone = request.TimeZone, Hour = request.Hour, Day = request.Day,
            Types = request.Types, MinExchangeSize = request.MinExchangeSize, Parties = request.Parties, Languages = request.Languages,
        };
    }

    public Subscriber ApplyTo(Subscriber subscriber)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        var filters = subscriber.Filters;
        return subscriber with
        {
            Cadence = Cadence ?? subscriber.Cadence,
            TimeZone = TimeZone ?? subscriber.TimeZone,
            Hour = Hour ?? subscriber.Hour,
            Day = Day ?? subscriber.Day,
            Filters = filters with
            {
                Types = Types ?? filters.Types,
                MinExchangeSize = MinExchangeSize ?? filters.MinExchangeSize,
                Parties = Parties ?? filters.Parties,
                Languages = Languages ?? filters.Languages,
            },
        };
    }
}
