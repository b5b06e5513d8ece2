using System.Text.Json.Nodes;

namespace Alerts.Infra.Tests;

/// <summary>The resources issue #6 asks for, as the compiled template declares them.</summary>
[Collection(InfraCollection.Name)]
public sealed class TemplateResourceTests(CompiledMainTemplate template)
{
    private static readonly Dictionary<string, string> AppRoles = new()
    {
        ["Storage Blob Data Owner"] = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b",
        ["Storage Queue Data Contributor"] = "974c5e8b-45b9-4653-ba55-5f855dd0fb88",
        ["Storage Table Data Contributor"] = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3",
        ["Azure Service Bus Data Sender"] = "69a216fc-b8fb-44d8-bc22-1f3c2cd27a39",
        ["Monitoring Metrics Publisher"] = "3913510d-42f4-4e42-8a64-420c390055eb",
        ["Key Vault Secrets User"] = "4633458b-17de-408a-b874-0445c86b69e6",
    };

    [Fact]
    public void Main_TargetsSubscription_AndCreatesTheResourceGroup()
    {
        Assert.Contains("subscriptionDeploymentTemplate", (string?)template.Main.Schema, StringComparison.Ordinal);
        Assert.Single(template.Main.OfType("Microsoft.Resources/resourceGroups"));
    }

    [Fact]
    public void FunctionApp_RunsDotnetIsolated10OnFlexConsumption()
    {
        var plan = template.FunctionApp.OfType("Microsoft.Web/serverfarms").Single();
        Assert.Equal("FC1", (string?)plan["sku"]!["name"]);
        Assert.Equal("FlexConsumption", (string?)plan["sku"]!["tier"]);

        var config = template.Site["properties"]!["functionAppConfig"]!;
        Assert.Equal("dotnet-isolated", (string?)config["runtime"]!["name"]);
        Assert.Equal("10.0", (string?)config["runtime"]!["version"]);
    }

    [Fact]
    public void FunctionApp_DeploysFromItsContainer_AsTheUserAssignedIdentity()
    {
        var storage = template.Site["properties"]!["functionAppConfig"]!["deployment"]!["storage"]!;
        Assert.Equal("blobContainer", (string?)storage["type"]);
        Assert.Equal("UserAssignedIdentity", (string?)storage["authentication"]!["type"]);
        Assert.Single(template.Storage.OfType("Microsoft.Storage/storageAccounts/blobServices/containers"));

        Assert.Equal("UserAssigned", (string?)template.Site["identity"]!["type"]);
        // Key Vault references resolve with the same identity.
        Assert.Equal(
            (string?)storage["authentication"]!["userAssignedIdentityResourceId"],
            (string?)template.Site["properties"]!["keyVaultReferenceIdentity"]);
    }

    [Fact]
    public void FunctionApp_SetsNoSettingFlexConsumptionRejects()
    {
        // Flex Consumption takes the runtime and scale from functionAppConfig and fails
        // deployments that still carry these Consumption/Premium settings.
        string[] rejected =
        [
            "FUNCTIONS_EXTENSION_VERSION", "FUNCTIONS_WORKER_RUNTIME", "FUNCTIONS_WORKER_RUNTIME_VERSION",
            "FUNCTIONS_MAX_HTTP_CONCURRENCY", "FUNCTIONS_WORKER_PROCESS_COUNT", "SCM_DO_BUILD_DURING_DEPLOYMENT",
            "WEBSITE_CONTENTAZUREFILECONNECTIONSTRING", "WEBSITE_CONTENTSHARE", "WEBSITE_RUN_FROM_PACKAGE",
            "WEBSITE_MAX_DYNAMIC_APPLICATION_SCALE_OUT", "WEBSITE_USE_PLACEHOLDER_DOTNETISOLATED", "ENABLE_ORYX_BUILD",
        ];

        Assert.Empty(template.AppSettings.Keys.Intersect(rejected));
    }

    [Fact]
    public void AppIdentity_HoldsEveryRoleTheAppNeeds()
    {
        var rbac = template.Main.Module("rbac");
        var granted = RoleAssignments.GrantedTo(rbac, "reference('identity').principalId");

        var missing = AppRoles.Where(r => !granted.Contains(r.Value)).Select(r => r.Key).ToList();

        Assert.Empty(missing);
        Assert.Equal(AppRoles.Count, granted.Count);
    }

    [Fact]
    public void AlertsTopic_DetectsDuplicates_AndHasADefaultSubscription()
    {
        var serviceBus = template.Main.Module("serviceBus");
        Assert.Equal("Standard", (string?)serviceBus.OfType("Microsoft.ServiceBus/namespaces").Single()["sku"]!["name"]);
        Assert.True((bool)serviceBus.OfType("Microsoft.ServiceBus/namespaces/topics").Single()["properties"]!["requiresDuplicateDetection"]!);
        Assert.Single(serviceBus.OfType("Microsoft.ServiceBus/namespaces/topics/subscriptions"));
    }

    [Fact]
    public void Monitoring_ApplicationInsightsWritesToLogAnalytics()
    {
        var monitoring = template.Main.Module("monitoring");
        Assert.Single(monitoring.OfType("Microsoft.OperationalInsights/workspaces"));
        var insights = monitoring.OfType("Microsoft.Insights/components").Single();
        Assert.Contains("Microsoft.OperationalInsights/workspaces", (string?)insights["properties"]!["WorkspaceResourceId"], StringComparison.Ordinal);
    }

    [Fact]
    public void Template_UsesNoRegistryModules()
    {
        // Registry modules (br/public:...) cannot be restored offline; every module is inlined.
        Assert.All(template.Main.ModuleDeployments, d => Assert.IsType<JsonObject>(d["properties"]!["template"]));
        Assert.DoesNotContain(
            Directory.EnumerateFiles(RepositoryFiles.PathOf("infra"), "*.bicep", SearchOption.AllDirectories),
            f => File.ReadAllText(f).Contains("'br/", StringComparison.Ordinal) || File.ReadAllText(f).Contains("'br:", StringComparison.Ordinal));
    }
}
