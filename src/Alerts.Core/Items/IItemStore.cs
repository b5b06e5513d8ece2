namespace Alerts.Core.Items;

/// <summary>What happened to an item when it was recorded.</summary>
public enum ItemChange
{
    /// <summary>Never seen before: process it.</summary>
    New,

    /// <summary>Seen with other content: process it again (a revised count becomes a count change).</summary>
    Edited,

    /// <summary>Seen with the same content: never process it again.</summary>
    Unchanged,
}

/// <summary>Seen-state of items per source. No cap: forgetting an item would re-send it.</summary>
public interface IItemStore
{
    Task<ItemChange> RecordAsync(SourceItem item, CancellationToken cancellationToken);

    Task<SourceItem?> GetAsync(string sourceId, string itemId, CancellationToken cancellationToken);
}
