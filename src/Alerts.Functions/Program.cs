using Alerts.Functions;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
FunctionServices.Add(builder.Services, builder.Configuration);
Telemetry.Add(builder.Services, builder.Configuration);
builder.Build().Run();
