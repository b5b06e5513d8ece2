namespace Alerts.Azure.Storage;

/// <summary>The Storage Queues that connect the functions. Poison queues are "&lt;name&gt;-poison".</summary>
public static class QueueNames
{
    /// <summary>One message per due source: PollSources → PollSource.</summary>
    public const string SourcePolls = "source-polls";

    /// <summary>One message per new or edited item: PollSource → ProcessItem.</summary>
    public const string Items = "items";

    /// <summary>One message per alert raised: ProcessItem → Notify.</summary>
    public const string Alerts = "alerts";

    /// <summary>One message per delivery (alert × subscriber, or digest): Notify/SendDigests → Deliver.</summary>
    public const string Deliveries = "deliveries";

    public static IReadOnlyList<string> All { get; } = [SourcePolls, Items, Alerts, Deliveries];
}

/// <summary>The Storage Tables the service keeps its state in.</summary>
public static class TableNames
{
    public const string Sources = "Sources";
    public const string SourceStates = "SourceStates";
    public const string Items = "Items";
    public const string Exchanges = "Exchanges";
    public const string Statistics = "Statistics";
    public const string Alerts = "Alerts";
    public const string Subscribers = "Subscribers";
    public const string Tokens = "Tokens";
    public const string Deliveries = "Deliveries";

    /// <summary>Fixed-window counters of subscription creation (per client, per address).</summary>
    public const string RateLimits = "RateLimits";

    public static IReadOnlyList<string> All { get; } =
        [Sources, SourceStates, Items, Exchanges, Statistics, Alerts, Subscribers, Tokens, Deliveries, RateLimits];
}
