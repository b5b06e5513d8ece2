using Alerts.Azure.Storage;

namespace Alerts.Infra.Tests;

/// <summary>The queues and tables the code uses are the ones the template declares.</summary>
[Collection(InfraCollection.Name)]
public sealed class StorageDriftTests(CompiledMainTemplate template)
{
    [Fact]
    public void Queues_DeclaredInTemplate_AreTheQueuesInCode()
    {
        Assert.Equal(QueueNames.All.Order(), template.Storage.StringArrayVariable("queueNames").Order());
        AssertCreatedOnePerName("Microsoft.Storage/storageAccounts/queueServices/queues", "queueNames");
    }

    [Fact]
    public void Tables_DeclaredInTemplate_AreTheTablesInCode()
    {
        Assert.Equal(TableNames.All.Order(), template.Storage.StringArrayVariable("tableNames").Order());
        AssertCreatedOnePerName("Microsoft.Storage/storageAccounts/tableServices/tables", "tableNames");
    }

    [Fact]
    public void QueueBindings_UseDeclaredQueues()
    {
        var bindings = CodeSettings.QueueBindings();
        var declared = template.Storage.StringArrayVariable("queueNames");

        Assert.NotEmpty(bindings);
        Assert.All(bindings, b => Assert.Contains(b.Queue, declared));
    }

    [Fact]
    public void QueueBindings_Connections_AreIdentityBasedAppSettings()
    {
        var connections = CodeSettings.QueueBindings().Select(b => b.Connection ?? "AzureWebJobsStorage").Distinct().ToList();

        Assert.NotEmpty(connections);
        Assert.All(connections, connection =>
        {
            Assert.True(template.AppSettings.ContainsKey($"{connection}__accountName"), $"{connection}__accountName is not an app setting");
            Assert.Equal("managedidentity", template.AppSettings.GetValueOrDefault($"{connection}__credential"));
            Assert.True(template.AppSettings.ContainsKey($"{connection}__clientId"), $"{connection}__clientId is not an app setting");
            Assert.False(template.AppSettings.ContainsKey(connection), $"{connection} would be a connection string");
        });
    }

    private void AssertCreatedOnePerName(string type, string variable)
    {
        var resource = Assert.Single(template.Storage.OfType(type));
        Assert.Equal($"[length(variables('{variable}'))]", (string?)resource["copy"]?["count"]);
        Assert.Contains($"variables('{variable}')[copyIndex()]", (string?)resource["name"], StringComparison.Ordinal);
    }
}
