using System.Text.RegularExpressions;

namespace Alerts.Infra.Tests;

/// <summary>No keys or connection strings: identities and Key Vault references only.</summary>
[Collection(InfraCollection.Name)]
public sealed partial class TemplateSecurityTests(CompiledMainTemplate template)
{
    private static readonly string[] SecretMarkers =
    [
        "AccountKey=", "SharedAccessKey", "SharedAccessSignature", "DefaultEndpointsProtocol",
        "InstrumentationKey=", "primaryKey", "secondaryKey", "primaryConnectionString", "secondaryConnectionString",
    ];

    [Fact]
    public void AppSettings_NoValue_CarriesAKeyOrConnectionString()
    {
        var offending = template.AppSettings
            .Where(s => SecretMarkers.Any(m => s.Value.Contains(m, StringComparison.OrdinalIgnoreCase)) || ListFunction().IsMatch(s.Value))
            .Select(s => s.Key)
            .ToList();

        Assert.Empty(offending);
    }

    [Fact]
    public void AppSettings_ConnectionStringSettings_OnlyApplicationInsights()
    {
        // Its connection string names the ingestion endpoint; with local auth off it cannot be used
        // without a Microsoft Entra token (APPLICATIONINSIGHTS_AUTHENTICATION_STRING).
        var named = template.AppSettings.Keys
            .Where(k => k.Replace("_", "", StringComparison.Ordinal).Contains("ConnectionString", StringComparison.OrdinalIgnoreCase))
            .ToList();

        Assert.Equal(["APPLICATIONINSIGHTS_CONNECTION_STRING"], named);
        Assert.Contains(".ConnectionString", template.AppSettings["APPLICATIONINSIGHTS_CONNECTION_STRING"], StringComparison.Ordinal);
        Assert.Contains("Authorization=AAD", template.AppSettings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"], StringComparison.Ordinal);
    }

    [Fact]
    public void AppSettings_SecretNames_AreKeyVaultReferences()
    {
        var secrets = template.AppSettings
            .Where(s => SecretName().IsMatch(s.Key))
            .ToList();

        Assert.NotEmpty(secrets);
        Assert.All(secrets, s => Assert.Contains("@Microsoft.KeyVault(SecretUri=", s.Value, StringComparison.Ordinal));
    }

    [Fact]
    public void Template_NowhereCallsAListKeysFunction()
    {
        Assert.DoesNotMatch(ListFunction(), template.Main.ToString());
    }

    [Fact]
    public void Services_AcceptIdentitiesOnly()
    {
        var storage = Single("Microsoft.Storage/storageAccounts")["properties"]!;
        Assert.False((bool)storage["allowSharedKeyAccess"]!);
        Assert.False((bool)storage["allowBlobPublicAccess"]!);
        Assert.Equal("TLS1_2", (string?)storage["minimumTlsVersion"]);

        Assert.True((bool)Single("Microsoft.ServiceBus/namespaces")["properties"]!["disableLocalAuth"]!);
        Assert.True((bool)Single("Microsoft.Insights/components")["properties"]!["DisableLocalAuth"]!);
        Assert.True((bool)Single("Microsoft.KeyVault/vaults")["properties"]!["enableRbacAuthorization"]!);
    }

    private System.Text.Json.Nodes.JsonObject Single(string type) =>
        Assert.Single(template.Main.DeclaredEverywhere(type));

    /// <summary>listKeys(), listConnectionStrings(), listSecrets()... hand out secrets at deployment.</summary>
    [GeneratedRegex(@"\blist[A-Za-z]*\(")]
    private static partial Regex ListFunction();

    [GeneratedRegex("password|secret|apikey|accesskey", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();
}
