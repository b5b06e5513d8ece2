namespace Alerts.Core.Items;

/// <summary>The queue message that asks for one stored item to be processed.</summary>
public sealed record ItemRef(string SourceId, string ItemId);
