using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Alerts.Cli.Run;

/// <summary>How a function is triggered.</summary>
internal enum TriggerKind
{
    Timer,
    Queue,
    Http,
}

/// <summary>A function of the Functions app, found from its attributes exactly as the Functions SDK finds it.</summary>
internal sealed record FunctionDescriptor(string Name, Type Type, MethodInfo Method, TriggerKind? Kind, ParameterInfo? Trigger, Attribute? TriggerAttribute)
{
    public string? OutputQueue => Method.GetCustomAttribute<QueueOutputAttribute>()?.QueueName;

    public string? TriggerQueue => (TriggerAttribute as QueueTriggerAttribute)?.QueueName;
}

/// <summary>Discovers the functions of an assembly and says whether the local runner can run each.</summary>
internal static class FunctionCatalog
{
    public static IReadOnlyList<FunctionDescriptor> Discover(Assembly assembly) =>
        assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            .Where(m => m.GetCustomAttribute<FunctionAttribute>() is not null)
            .Select(Describe)
            .ToList();

    /// <summary>Why the runner cannot run the function, or null when it can.</summary>
    public static string? Unsupported(FunctionDescriptor function)
    {
        ArgumentNullException.ThrowIfNull(function);
        if (function.Kind is null || function.Trigger is null)
        {
            return "its trigger is not one the runner knows (timer, queue, HTTP)";
        }

        foreach (var parameter in function.Method.GetParameters())
        {
            // By position: ParameterInfo objects of one method may be distinct instances when first read on two threads at once.
            if (parameter.Position == function.Trigger.Position || parameter.ParameterType == typeof(CancellationToken))
            {
                continue;
            }

            if (function.Kind == TriggerKind.Http && parameter.ParameterType == typeof(string))
            {
                continue; // a route value
            }

            return $"parameter '{parameter.Name}' of type {parameter.ParameterType.Name} has no binding the runner knows";
        }

        var outputs = function.Method.GetCustomAttributes().Where(a => a.GetType().Name.EndsWith("OutputAttribute", StringComparison.Ordinal));
        if (outputs.FirstOrDefault(a => a is not QueueOutputAttribute) is { } other)
        {
            return $"output binding {other.GetType().Name} is not supported";
        }

        return function.Kind switch
        {
            TriggerKind.Http when function.Trigger.ParameterType != typeof(HttpRequest) => "HTTP functions must take an HttpRequest",
            TriggerKind.Timer when function.Trigger.ParameterType != typeof(TimerInfo) => "timer functions must take a TimerInfo",
            _ => null,
        };
    }

    private static FunctionDescriptor Describe(MethodInfo method)
    {
        var name = method.GetCustomAttribute<FunctionAttribute>()!.Name;
        foreach (var parameter in method.GetParameters())
        {
            foreach (var attribute in parameter.GetCustomAttributes())
            {
                var kind = attribute switch
                {
                    TimerTriggerAttribute => TriggerKind.Timer,
                    QueueTriggerAttribute => TriggerKind.Queue,
                    HttpTriggerAttribute => TriggerKind.Http,
                    _ => (TriggerKind?)null,
                };
                if (kind is { } k)
                {
                    return new FunctionDescriptor(name, method.DeclaringType!, method, k, parameter, attribute);
                }
            }
        }

        return new FunctionDescriptor(name, method.DeclaringType!, method, null, null, null);
    }
}
