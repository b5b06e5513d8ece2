using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Cli.Run;

/// <summary>Serves HTTP-triggered functions at /api/{route}, with their methods, as the Functions host does.</summary>
internal static class HttpFunctionEndpoints
{
    /// <summary>Maps every HTTP function under host.json's extensions.http.routePrefix (the host's default is "api").</summary>
    public static void Map(WebApplication app, IEnumerable<FunctionDescriptor> functions, string routePrefix)
    {
        ArgumentNullException.ThrowIfNull(app);
        foreach (var function in functions.Where(f => f.Kind == TriggerKind.Http))
        {
            var trigger = (HttpTriggerAttribute)function.TriggerAttribute!;
            var route = "/" + string.Join('/', new[] { routePrefix, trigger.Route ?? function.Name }.Where(p => p.Length > 0));
            var methods = trigger.Methods?.Select(m => m.ToUpperInvariant()).ToArray() ?? ["GET", "POST"];
            app.MapMethods(route, methods, context => HandleAsync(function, context));
        }
    }

    private static async Task HandleAsync(FunctionDescriptor function, HttpContext context)
    {
        var invoker = context.RequestServices.GetRequiredService<FunctionInvoker>();
        var result = await invoker.InvokeAsync(function, context, context.RequestAborted).ConfigureAwait(false);
        switch (result)
        {
            case IActionResult action:
                await action.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor())).ConfigureAwait(false);
                break;
            case IResult minimal:
                await minimal.ExecuteAsync(context).ConfigureAwait(false);
                break;
            case null:
                context.Response.StatusCode = StatusCodes.Status204NoContent;
                break;
            default:
                await context.Response.WriteAsJsonAsync(result, result.GetType(), new JsonSerializerOptions(JsonSerializerDefaults.Web), context.RequestAborted).ConfigureAwait(false);
                break;
        }
    }
}
