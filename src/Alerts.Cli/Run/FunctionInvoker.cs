using System.Collections;
using System.Reflection;
using System.Text.Json;
using Azure.Storage.Queues;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Cli.Run;

/// <summary>
/// Invokes a function as the Functions host would: a new instance per invocation from DI, the
/// trigger bound by type (string, JSON POCO, TimerInfo, HttpRequest, route values,
/// CancellationToken), and the return value written to its [QueueOutput] queue.
/// </summary>
internal sealed class FunctionInvoker(IServiceProvider services, QueueServiceClient queues, RunJournal journal, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Runs the function; returns its result (after writing queue outputs). Exceptions propagate.</summary>
    public async Task<object?> InvokeAsync(FunctionDescriptor function, object trigger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(function);
        var started = time.GetTimestamp();
        try
        {
            var result = await CallAsync(function, trigger, cancellationToken).ConfigureAwait(false);
            var written = function.OutputQueue is { } queue ? await WriteOutputsAsync(queue, result, cancellationToken).ConfigureAwait(false) : 0;
            journal.Invoked(function.Name, "ok", written, time.GetElapsedTime(started), null);
            return result;
        }
        catch (Exception ex)
        {
            var error = ex is TargetInvocationException { InnerException: { } inner } ? inner : ex;
            journal.Invoked(function.Name, "failed", 0, time.GetElapsedTime(started), error.Message);
            if (error != ex)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error);
            }

            throw;
        }
    }

    private async Task<object?> CallAsync(FunctionDescriptor function, object trigger, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var instance = function.Method.IsStatic ? null : ActivatorUtilities.CreateInstance(scope.ServiceProvider, function.Type);
        try
        {
            var arguments = function.Method.GetParameters().Select(p => Bind(function, p, trigger, cancellationToken)).ToArray();
            var returned = function.Method.Invoke(instance, arguments);
            if (returned is not Task task)
            {
                return returned;
            }

            await task.ConfigureAwait(false);
            var resultProperty = task.GetType().GetProperty("Result");
            return resultProperty is null || resultProperty.PropertyType.Name == "VoidTaskResult" ? null : resultProperty.GetValue(task);
        }
        finally
        {
            switch (instance)
            {
                case IAsyncDisposable asyncDisposable:
                    await asyncDisposable.DisposeAsync().ConfigureAwait(false);
                    break;
                case IDisposable disposable:
                    disposable.Dispose();
                    break;
            }
        }
    }

    private static object? Bind(FunctionDescriptor function, ParameterInfo parameter, object trigger, CancellationToken cancellationToken)
    {
        if (parameter.ParameterType == typeof(CancellationToken))
        {
            return cancellationToken;
        }

        if (parameter.Position == function.Trigger?.Position)
        {
            return trigger switch
            {
                HttpContext http => http.Request,
                TimerInfo timer => timer,
                string message when parameter.ParameterType == typeof(string) => message,
                string message => JsonSerializer.Deserialize(message, parameter.ParameterType, Json)
                    ?? throw new JsonException($"The message for {function.Name} is empty"),
                _ => throw new InvalidOperationException($"Cannot bind {trigger.GetType().Name} to {parameter.Name}"),
            };
        }

        if (trigger is HttpContext context && parameter.ParameterType == typeof(string))
        {
            return context.Request.RouteValues.TryGetValue(parameter.Name!, out var value) ? value?.ToString() : null;
        }

        throw new InvalidOperationException($"{function.Name}: {FunctionCatalog.Unsupported(function)}");
    }

    private async Task<int> WriteOutputsAsync(string queueName, object? result, CancellationToken cancellationToken)
    {
        var messages = result switch
        {
            null => [],
            string single => [single],
            IEnumerable many => many.Cast<object?>().Where(m => m is not null).Select(m => m as string ?? JsonSerializer.Serialize(m, Json)).ToList(),
            _ => new List<string> { JsonSerializer.Serialize(result, Json) },
        };
        var queue = queues.GetQueueClient(queueName);
        foreach (var message in messages)
        {
            await queue.SendMessageAsync(message, cancellationToken).ConfigureAwait(false);
        }

        return messages.Count;
    }
}
