namespace Alerts.Core.Detection.Rules;

/// <summary>
/// Positions in one text grouped by a key (a pattern's number, a string's number): the positions of key k are
/// <c>Positions[First[k]..First[k + 1]]</c>, in text order.
/// </summary>
internal sealed record IndexedPositions(int[] Positions, int[] First)
{
    public ReadOnlySpan<int> Of(int key) => Positions.AsSpan(First[key], First[key + 1] - First[key]);

    /// <summary>
    /// Collects positions found in text order, then groups them by key with a counting sort (which keeps each key's
    /// positions in order). Its buffer is kept per thread, as its growth would otherwise cost more than a search; one
    /// collector is in use at a time on a thread (no search runs inside another).
    /// </summary>
    public readonly struct Collector
    {
        private readonly List<(int Key, int At)> found;
        private readonly int[] counts; // how many positions each key has; then where its positions end; then where they start

        public Collector(int keys)
        {
            found = Buffer ??= new List<(int Key, int At)>(1024);
            found.Clear();
            counts = new int[keys + 1];
        }

        public void Add(int key, int at)
        {
            found.Add((key, at));
            counts[key]++;
        }

        public IndexedPositions Build()
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
                Buffer = null; // one huge text should not pin a large buffer to the thread
            }

            return new IndexedPositions(positions, counts);
        }
    }

    [ThreadStatic]
    private static List<(int Key, int At)>? Buffer;

    private const int MaxKeptCapacity = 64 * 1024;
}
