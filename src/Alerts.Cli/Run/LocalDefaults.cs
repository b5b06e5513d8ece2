namespace Alerts.Cli.Run;

/// <summary>
/// The settings `alerts run` embeds, so it runs on a fresh machine with no configuration.
/// Environment variables and --settings override them; README "Settings" lists them all.
/// </summary>
internal static class LocalDefaults
{
    public const int HttpPort = 7071;

    public static Dictionary<string, string?> Values(int httpPort) => new()
    {
        ["PollSchedule"] = "*/10 * * * * *",
        ["DigestSchedule"] = "0 * * * * *",
        ["HousekeepingSchedule"] = "0 30 3 * * *",
        ["PublicBaseUrl"] = $"http://127.0.0.1:{httpPort}",
        ["Delivery:AllowPrivateNetworks"] = "true",
        ["Demo:Enabled"] = "true",
        ["Demo:Subscriber"] = "demo@alerts.localhost",
    };
}
