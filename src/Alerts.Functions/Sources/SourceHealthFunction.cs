using Alerts.Core.Sources;
using Alerts.Core.Sources.Health;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;

namespace Alerts.Functions.Sources;

/// <summary>Source health for operators: last success, last error, failures, next poll. Needs the admin key in Azure.</summary>
public sealed class SourceHealthFunction(ISourceStore sources, IOptions<PollingOptions> polling, TimeProvider time)
{
    [Function("SourceHealth")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Admin, "get", Route = "api/sources")] HttpRequest request, CancellationToken cancellationToken) =>
        new OkObjectResult(await SourceHealth.ListAsync(sources, time.GetUtcNow(), polling.Value.BrokenAlertAfter, cancellationToken).ConfigureAwait(false));
}
