using Alerts.Core.Items;
using Alerts.Core.Sources;
using Alerts.Core.Sources.Health;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Alerts.Core.Tests.Sources;

public class SourcePollerTests
{
    private readonly InMemorySourceStore _sources = new();
    private readonly InMemoryItemStore _items = new();
    private readonly RecordingOperatorAlerts _alerts = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero));
    private readonly ScriptedReader _reader = new();
    private readonly PollingOptions _options = new() { DefaultInterval = TimeSpan.FromMinutes(10), Jitter = 0, MaxBackoff = TimeSpan.FromHours(1), BrokenAlertAfter = TimeSpan.FromHours(2) };

    private SourcePoller Poller() => new(_sources, _items, [_reader], _alerts, Options.Create(_options), _time, NullLogger<SourcePoller>.Instance);

    private async Task AddSourceAsync(string id = "s") =>
        await _sources.UpsertAsync(new Source { Id = id, Kind = SourceKind.Feed, Url = "https://feed.example/" + id }, CancellationToken.None);

    private static SourceItem Item(string id, string text) => new() { Id = id, SourceId = "s", Published = DateTimeOffset.UnixEpoch, Title = "t", Text = text };

    [Fact]
    public async Task PollAsync_NewUnchangedEdited_ReturnsOnlyNewAndEditedItems()
    {
        await AddSourceAsync();
        var poller = Poller();

        _reader.Next = _ => new SourceReadResult { Items = [Item("a", "146 returned"), Item("b", "x")] };
        var first = await poller.PollAsync("s", CancellationToken.None);
        _reader.Next = _ => new SourceReadResult { Items = [Item("a", "150 returned"), Item("b", "x")] };
        var second = await poller.PollAsync("s", CancellationToken.None);
        _reader.Next = state => SourceReadResult.Unchanged(state);
        var third = await poller.PollAsync("s", CancellationToken.None);

        Assert.Equal(["a", "b"], first.Select(r => r.ItemId).Order());
        Assert.Equal(["a"], second.Select(r => r.ItemId));
        Assert.Empty(third);
    }

    [Fact]
    public async Task PollAsync_Success_SavesValidatorsCursorAndNextPoll()
    {
        await AddSourceAsync();
        _reader.Next = _ => new SourceReadResult { ETag = "\"e\"", Cursor = "42" };

        await Poller().PollAsync("s", CancellationToken.None);

        var state = await _sources.GetStateAsync("s", CancellationToken.None);
        Assert.Equal("\"e\"", state.ETag);
        Assert.Equal("42", state.Cursor);
        Assert.Equal(_time.GetUtcNow().AddMinutes(10), state.NextPollAt);
        Assert.Equal(_time.GetUtcNow(), state.LastSuccessAt);
    }

    [Fact]
    public async Task PollAsync_Failures_BackOffExponentiallyUpToTheCapAndHonourRetryAfter()
    {
        await AddSourceAsync();
        var poller = Poller();
        _reader.Next = _ => throw new SourceReadException("HTTP 500");
        var waits = new List<TimeSpan>();
        for (var i = 0; i < 5; i++)
        {
            await poller.PollAsync("s", CancellationToken.None);
            waits.Add((await _sources.GetStateAsync("s", CancellationToken.None)).NextPollAt!.Value - _time.GetUtcNow());
        }

        _reader.Next = _ => throw new SourceReadException("HTTP 429", TimeSpan.FromHours(3));
        await poller.PollAsync("s", CancellationToken.None);
        var state = await _sources.GetStateAsync("s", CancellationToken.None);

        Assert.Equal([10, 20, 40, 60, 60], waits.Select(w => w.TotalMinutes));
        Assert.Equal(TimeSpan.FromHours(3), state.NextPollAt - _time.GetUtcNow());
        Assert.Equal(6, state.ConsecutiveFailures);
        Assert.Equal("HTTP 429", state.LastError);
    }

    [Fact]
    public async Task PollAsync_BrokenLongerThanTheThreshold_RaisesOneOperatorAlertAndRecoveryClearsIt()
    {
        await AddSourceAsync();
        var poller = Poller();
        _reader.Next = _ => throw new FormatException("not a feed");
        for (var i = 0; i < 8; i++)
        {
            await poller.PollAsync("s", CancellationToken.None);
            _time.Advance(TimeSpan.FromMinutes(30));
        }

        var broken = Assert.Single(_alerts.Raised);
        Assert.Equal("broken", broken.Kind);
        Assert.Equal(SourceStatus.Broken, broken.Health.Status);
        Assert.Equal("not a feed", broken.Health.LastError);

        _reader.Next = _ => new SourceReadResult();
        await poller.PollAsync("s", CancellationToken.None);
        await poller.PollAsync("s", CancellationToken.None);

        Assert.Equal(["broken", "recovered"], _alerts.Raised.Select(a => a.Kind));
        var state = await _sources.GetStateAsync("s", CancellationToken.None);
        Assert.False(state.OperatorAlerted);
        Assert.Null(state.FailingSince);
    }

    [Fact]
    public async Task SelectDueAsync_ReturnsEnabledSourcesWhoseTimeHasCome()
    {
        await AddSourceAsync("due");
        await AddSourceAsync("later");
        await _sources.UpsertAsync(new Source { Id = "off", Kind = SourceKind.Feed, Url = "https://x.example", Enabled = false }, CancellationToken.None);
        await _sources.TrySaveStateAsync(new SourceState { SourceId = "later", NextPollAt = _time.GetUtcNow().AddMinutes(1) }, CancellationToken.None);

        Assert.Equal(["due"], await Poller().SelectDueAsync(CancellationToken.None));
    }

    [Fact]
    public async Task PollManyAsync_ManySources_PollsEachWithinTheConcurrencyLimit()
    {
        _options.MaxConcurrency = 3;
        for (var i = 0; i < 12; i++)
        {
            await AddSourceAsync($"s{i}");
        }

        _reader.Delay = TimeSpan.FromMilliseconds(20);
        _reader.Next = _ => new SourceReadResult { Items = [Item("only", "x")] };

        var changed = await Poller().PollManyAsync(Enumerable.Range(0, 12).Select(i => $"s{i}"), CancellationToken.None);

        Assert.Equal(12, changed.Count);
        Assert.Equal(3, _reader.MaxConcurrent);
    }

    [Fact]
    public void Health_States_AreClassified()
    {
        var source = new Source { Id = "s", Kind = SourceKind.Feed, Url = "https://x.example" };
        var now = _time.GetUtcNow();
        var limit = TimeSpan.FromHours(2);

        Assert.Equal(SourceStatus.NeverPolled, SourceHealth.Of(source, null, now, limit).Status);
        Assert.Equal(SourceStatus.Ok, SourceHealth.Of(source, new() { SourceId = "s", LastPolledAt = now }, now, limit).Status);
        Assert.Equal(SourceStatus.Failing, SourceHealth.Of(source, new() { SourceId = "s", LastPolledAt = now, ConsecutiveFailures = 1, FailingSince = now.AddHours(-1) }, now, limit).Status);
        Assert.Equal(SourceStatus.Broken, SourceHealth.Of(source, new() { SourceId = "s", LastPolledAt = now, ConsecutiveFailures = 9, FailingSince = now.AddHours(-3) }, now, limit).Status);
        Assert.Equal(SourceStatus.Disabled, SourceHealth.Of(source with { Enabled = false }, null, now, limit).Status);
    }

    private sealed class ScriptedReader : ISourceReader
    {
        private int _running;

        public Func<SourceState, SourceReadResult> Next { get; set; } = _ => new SourceReadResult();

        public TimeSpan Delay { get; set; }

        public int MaxConcurrent { get; private set; }

        public SourceKind Kind => SourceKind.Feed;

        public async Task<SourceReadResult> ReadAsync(Source source, SourceState state, CancellationToken cancellationToken)
        {
            var running = Interlocked.Increment(ref _running);
            lock (this)
            {
                MaxConcurrent = Math.Max(MaxConcurrent, running);
            }

            try
            {
                if (Delay > TimeSpan.Zero)
                {
                    await Task.Delay(Delay, cancellationToken);
                }

                var result = Next(state);
                return result with { Items = result.Items.Select(i => i with { SourceId = source.Id }).ToList() };
            }
            finally
            {
                Interlocked.Decrement(ref _running);
            }
        }
    }
}
