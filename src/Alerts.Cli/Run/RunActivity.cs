namespace Alerts.Cli.Run;

/// <summary>Counts work in flight, so `alerts run --once` knows when the pipeline is quiet.</summary>
internal sealed class RunActivity
{
    private int _busy;

    public bool IsBusy => Volatile.Read(ref _busy) > 0;

    public IDisposable Busy()
    {
        Interlocked.Increment(ref _busy);
        return new Release(this);
    }

    private sealed class Release(RunActivity activity) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                Interlocked.Decrement(ref activity._busy);
            }
        }
    }
}
