namespace Alerts.IntegrationTests.Infrastructure;

/// <summary>Waits for a condition the pipeline reaches asynchronously, failing with a message when it does not.</summary>
public static class Eventually
{
    public static async Task<T> WaitAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what, TimeSpan? timeout = null, Func<string>? detail = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting for {what}. {detail?.Invoke()}");
            }

            await Task.Delay(100);
        }
    }

    public static Task WaitAsync(Func<bool> done, string what, TimeSpan? timeout = null, Func<string>? detail = null) =>
        WaitAsync(() => Task.FromResult(done()), d => d, what, timeout, detail);
}
