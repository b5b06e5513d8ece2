using Alerts.Azure.Email;
using Alerts.Azure.Storage;
using Alerts.Core.Delivery;
using Alerts.Functions;
using NCrontab;

namespace Alerts.Infra.Tests;

/// <summary>The settings the code binds are the function app's app settings, and nothing else is.</summary>
[Collection(InfraCollection.Name)]
public sealed class AppSettingsDriftTests(CompiledMainTemplate template)
{
    /// <summary>Set by the platform or read by Azure SDKs and the Functions host, not by our options.</summary>
    private static readonly string[] PlatformSettings =
        ["APPLICATIONINSIGHTS_CONNECTION_STRING", "APPLICATIONINSIGHTS_AUTHENTICATION_STRING", "AZURE_CLIENT_ID", "AzureWebJobsDisableHomepage"];

    [Fact]
    public void TimerSchedules_AreAppSettings()
    {
        var schedules = CodeSettings.TimerScheduleSettings();

        Assert.NotEmpty(schedules);
        Assert.All(schedules, name => Assert.True(template.AppSettings.ContainsKey(name), $"{name} is not an app setting"));
    }

    [Theory]
    [InlineData("pollSchedule")]
    [InlineData("digestSchedule")]
    [InlineData("housekeepingSchedule")]
    public void ScheduleParameters_Defaults_AreSixFieldCron(string parameter)
    {
        var schedule = (string?)template.Main.Parameters[parameter]?["defaultValue"];

        Assert.NotNull(schedule);
        Assert.NotNull(CrontabSchedule.TryParse(schedule, new CrontabSchedule.ParseOptions { IncludingSeconds = true }));
    }

    [Fact]
    public void SettingsAzureNeeds_AreAppSettings()
    {
        string[] needed =
        [
            $"{StorageClients.SettingName}__accountName",
            $"{StorageClients.SettingName}__credential",
            $"{StorageClients.SettingName}__clientId",
            $"{SmtpOptions.Section}__{nameof(SmtpOptions.Host)}",
            $"{SmtpOptions.Section}__{nameof(SmtpOptions.Port)}",
            $"{SmtpOptions.Section}__{nameof(SmtpOptions.Security)}",
            $"{SmtpOptions.Section}__{nameof(SmtpOptions.From)}",
            $"{SmtpOptions.Section}__{nameof(SmtpOptions.Username)}",
            $"{SmtpOptions.Section}__{nameof(SmtpOptions.Password)}",
            PublicLinks.SettingName,
            $"{Alerts.Pages.Forms.PageOptions.Section}__{nameof(Alerts.Pages.Forms.PageOptions.FormSecret)}",
            "AzureWebJobsDisableHomepage",
            Telemetry.ConnectionStringSetting,
            "APPLICATIONINSIGHTS_AUTHENTICATION_STRING",
            .. CodeSettings.KeysOf(CodeSettings.ServiceBusSection).Select(k => $"{CodeSettings.ServiceBusSection}__{k}"),
        ];

        var missing = needed.Where(n => !template.AppSettings.ContainsKey(n)).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void RequiredOptionsWithoutDefault_AreAppSettings()
    {
        var missing = CodeSettings.RequiredWithoutDefault().Where(n => !template.AppSettings.ContainsKey(n)).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void EveryAppSetting_IsBoundByTheCode()
    {
        var schedules = CodeSettings.TimerScheduleSettings();
        var unknown = template.AppSettings.Keys.Where(key => !PlatformSettings.Contains(key)
                && !schedules.Contains(key)
                && !CodeSettings.SettingNames.Any(name => key == name || key.StartsWith(name + "__", StringComparison.Ordinal))
                && !IsOptionsKey(key))
            .ToList();

        Assert.Empty(unknown);
    }

    [Fact]
    public void SmtpSecurityParameter_AllowedValues_BindToTheEnum()
    {
        var allowed = template.Main.Parameters["smtpSecurity"]!["allowedValues"]!.AsArray().Select(v => (string)v!).ToList();

        Assert.Equal(Enum.GetNames<SmtpSecurity>().Length, allowed.Count);
        Assert.All(allowed, value => Assert.True(Enum.TryParse<SmtpSecurity>(value, ignoreCase: true, out _), value));
    }

    [Fact]
    public void SmtpHostParameter_IsRequired_SoAzureNeverFallsBackToThePickupFolder()
    {
        var host = template.Main.Parameters["smtpHost"]!;

        Assert.Null(host["defaultValue"]);
        Assert.True((int?)host["minLength"] >= 1);
        Assert.Equal("[parameters('smtpHost')]", template.AppSettings[$"{SmtpOptions.Section}__{nameof(SmtpOptions.Host)}"]);
    }

    [Fact]
    public void AlertsTopic_IsTheTopicTheCodePublishesTo()
    {
        var expected = CodeSettings.OptionsBySection.TryGetValue(CodeSettings.ServiceBusSection, out var type)
            ? (string?)type.GetProperty("TopicName")?.GetValue(Activator.CreateInstance(type))
            : "alerts";

        Assert.Equal(expected, (string?)template.Main.Variables["alertsTopicName"]);
    }

    private static bool IsOptionsKey(string key)
    {
        var parts = key.Split("__", 2);
        return parts.Length == 2 && CodeSettings.Sections.Contains(parts[0]) && CodeSettings.KeysOf(parts[0]).Contains(parts[1]);
    }
}
