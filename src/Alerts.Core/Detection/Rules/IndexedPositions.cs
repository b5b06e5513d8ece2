namespace Alerts.Core.Detection.Rules;

/// <summary>
/// Positions in one text grouped by a key (a pattern's number, a string's number): the positions of key k are
/// <c>Positions[First[k]..First[k + 1]]</c>, in text order.
/// </summary>
internal sealed record IndexedPositions(int[] Positions, int[] First)
{
    public ReadOnlySpan<int> Of(int key) => Positions.AsSpan(First[key], First[key + 1] - First[key]);

    /// <summary>
    /// Groups positions found in text order by key, with a counting sort (which keeps each key's positions in
    /// order). <paramref name="counts"/> holds how many positions each key has, and one more entry; it becomes
    /// <see cref="First"/>.
    /// </summary>
    public static IndexedPositions Sorted(List<(int Key, int At)> found, int[] counts)
    {
        var keys = counts.Length - 1;
        for (var k = 1; k < keys; k++)
        {
            counts[k] += counts[k - 1];
        }

        counts[keys] = found.Count;
        var positions = new int[found.Count];
        for (var f = found.Count - 1; f >= 0; f--)
        {
            var (key, at) = found[f];
            positions[--counts[key]] = at;
        }

        if (found.Capacity > MaxKeptCapacity)
        {
            found.Clear();
            found.Capacity = 0; // one huge text should not pin a large buffer to the thread
        }

        return new IndexedPositions(positions, counts);
    }

    private const int MaxKeptCapacity = 64 * 1024;
}
