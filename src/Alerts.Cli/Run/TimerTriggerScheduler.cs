using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NCrontab;

namespace Alerts.Cli.Run;

/// <summary>
/// Runs a timer-triggered function on its 6-field UTC cron schedule, resolved from settings
/// ("%PollSchedule%") as the Functions host does. Like the host, a failed run is not retried.
/// With <see cref="RunOnce"/>, it runs the function once at start and stops.
/// </summary>
internal sealed partial class TimerTriggerScheduler(
    FunctionDescriptor function,
    bool runOnce,
    FunctionInvoker invoker,
    IConfiguration configuration,
    RunActivity activity,
    TimeProvider time,
    ILogger<TimerTriggerScheduler> logger) : BackgroundService
{
    /// <summary>Run the function once at start, then stop (`alerts run --once`).</summary>
    public bool RunOnce => runOnce;

    /// <summary>Parses the schedule, with %Name% resolved from configuration.</summary>
    public static CrontabSchedule Schedule(TimerTriggerAttribute attribute, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(attribute);
        var expression = attribute.Schedule;
        if (expression.StartsWith('%') && expression.EndsWith('%'))
        {
            var name = expression.Trim('%');
            expression = configuration[name] ?? throw new InvalidOperationException($"The timer schedule setting '{name}' is not set");
        }

        return CrontabSchedule.Parse(expression, new CrontabSchedule.ParseOptions { IncludingSeconds = true });
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var attribute = (TimerTriggerAttribute)function.TriggerAttribute!;
        var schedule = Schedule(attribute, configuration);
        DateTime? last = null;
        if (RunOnce || attribute.RunOnStartup)
        {
            await InvokeAsync(schedule, last, stoppingToken).ConfigureAwait(false);
            last = time.GetUtcNow().UtcDateTime;
        }

        while (!RunOnce && !stoppingToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow().UtcDateTime;
            var next = schedule.GetNextOccurrence(now);
            await Task.Delay(next - now, time, stoppingToken).ConfigureAwait(false);
            await InvokeAsync(schedule, last, stoppingToken).ConfigureAwait(false);
            last = next;
        }
    }

    private async Task InvokeAsync(CrontabSchedule schedule, DateTime? last, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var info = new TimerInfo
        {
            IsPastDue = false,
            ScheduleStatus = new ScheduleStatus { Last = last ?? default, Next = schedule.GetNextOccurrence(now), LastUpdated = now },
        };
        using var busy = activity.Busy();
        try
        {
            await invoker.InvokeAsync(function, info, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, function.Name, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Timer function {Function} failed (not retried, as in Azure): {Error}")]
    private static partial void LogFailed(ILogger logger, string function, string error);
}
