using System.CommandLine;
using System.Text.Json;
using Alerts.Azure;
using Alerts.Azure.Storage;
using Alerts.Core.Subscriptions;
using Alerts.Functions.Subscriptions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Cli.Commands;

/// <summary>
/// <c>alerts subscribers add|list|remove</c>: operator tools against the storage in
/// <c>AzureWebJobsStorage</c> (required: a one-shot command against a throw-away Azurite would be pointless).
/// JSON lines on stdout, messages on stderr; exit 0 ok, 1 failure or invalid subscription, 2 usage.
/// </summary>
internal static class SubscribersCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static Command Create() => new("subscribers", "Add, list and remove subscriptions (uses AzureWebJobsStorage).")
    {
        AddCommand(), ListCommand(), RemoveCommand(),
    };

    private static Command AddCommand()
    {
        var email = new Option<string?>("--email") { Description = "Subscribe this email address." };
        var webhook = new Option<string?>("--webhook") { Description = "Subscribe this HTTPS webhook URL (a signed verification ping must get a 2xx)." };
        var cadence = new Option<Cadence>("--cadence") { Description = "immediate, daily or weekly.", DefaultValueFactory = _ => Cadence.Daily };
        var timeZone = new Option<string>("--time-zone") { Description = "IANA time zone of digest hours.", DefaultValueFactory = _ => "UTC" };
        var hour = new Option<int>("--hour") { Description = "Local hour (0-23) of digests.", DefaultValueFactory = _ => 8 };
        var contact = new Option<string?>("--contact") { Description = "Webhooks: an email address told if the endpoint is disabled." };
        var confirmed = new Option<bool>("--confirmed") { Description = "Skip the email opt-in / webhook ping: you vouch for the address." };
        var allowPrivate = new Option<bool>("--allow-private-network") { Description = "Let the webhook reach loopback/private addresses (local testing only)." };
        var command = new Command("add", "Create a subscription; prints it as JSON (with the webhook secret and tokens, shown once).")
        {
            email, webhook, cadence, timeZone, hour, contact, confirmed, allowPrivate,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (string.IsNullOrWhiteSpace(parse.GetValue(email)) == string.IsNullOrWhiteSpace(parse.GetValue(webhook)))
            {
                await Console.Error.WriteLineAsync("alerts subscribers add: give exactly one of --email or --webhook.").ConfigureAwait(false);
                return 2;
            }

            var request = new SubscriptionRequest
            {
                Email = parse.GetValue(email),
                Webhook = parse.GetValue(webhook),
                Cadence = parse.GetValue(cadence),
                TimeZone = parse.GetValue(timeZone)!,
                Hour = parse.GetValue(hour),
                Contact = parse.GetValue(contact),
                Confirmed = parse.GetValue(confirmed),
                AllowPrivateNetwork = parse.GetValue(allowPrivate),
            };
            return await WithServicesAsync(request.AllowPrivateNetwork, async services =>
            {
                try
                {
                    var created = await services.GetRequiredService<SubscriptionRegistry>().SubscribeAsync(request, cancellationToken).ConfigureAwait(false);
                    Write(SubscriptionView.Created(created));
                    return 0;
                }
                catch (SubscriptionValidationException ex)
                {
                    foreach (var (field, messages) in ex.Errors)
                    {
                        await Console.Error.WriteLineAsync($"{field}: {string.Join(" ", messages)}").ConfigureAwait(false);
                    }

                    return 1;
                }
            }).ConfigureAwait(false);
        });
        return command;
    }

    private static Command ListCommand()
    {
        var all = new Option<bool>("--all") { Description = "Include unsubscribed subscriptions." };
        var command = new Command("list", "Print every subscription as a JSON line (no secrets).") { all };
        command.SetAction((parse, cancellationToken) => WithServicesAsync(false, async services =>
        {
            var subscribers = await services.GetRequiredService<ISubscriberStore>().ListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var subscriber in subscribers.Where(s => parse.GetValue(all) || s.Status != SubscriptionStatus.Unsubscribed).OrderBy(s => s.CreatedAt))
            {
                Write(SubscriptionView.Of(subscriber));
            }

            return 0;
        }));
        return command;
    }

    private static Command RemoveCommand()
    {
        var id = new Argument<string>("id") { Description = "The subscription id (sub-…)." };
        var command = new Command("remove", "End a subscription; prints it as JSON.") { id };
        command.SetAction((parse, cancellationToken) => WithServicesAsync(false, async services =>
        {
            var store = services.GetRequiredService<ISubscriberStore>();
            for (var attempt = 0; attempt < 5; attempt++)
            {
                var subscriber = await store.GetAsync(parse.GetValue(id)!, cancellationToken).ConfigureAwait(false);
                if (subscriber is null)
                {
                    await Console.Error.WriteLineAsync($"alerts subscribers remove: no subscription '{parse.GetValue(id)}'.").ConfigureAwait(false);
                    return 1;
                }

                var removed = subscriber with { Status = SubscriptionStatus.Unsubscribed };
                if (await store.TryUpdateAsync(removed, cancellationToken).ConfigureAwait(false))
                {
                    Write(SubscriptionView.Of(removed));
                    return 0;
                }
            }

            await Console.Error.WriteLineAsync("alerts subscribers remove: the subscription kept changing; try again.").ConfigureAwait(false);
            return 1;
        }));
        return command;
    }

    private static async Task<int> WithServicesAsync(bool allowPrivateNetworks, Func<IServiceProvider, Task<int>> action)
    {
        var configuration = new ConfigurationManager();
        configuration.AddEnvironmentVariables();
        if (!StorageClients.IsConfigured(configuration))
        {
            await Console.Error.WriteLineAsync(
                $"alerts subscribers: set {StorageClients.SettingName} to the storage connection string (or {StorageClients.SettingName}__accountName for an identity); for a local Azurite use its connection string.").ConfigureAwait(false);
            return 1;
        }

        if (allowPrivateNetworks)
        {
            configuration["Delivery:AllowPrivateNetworks"] = "true"; // the operator asked for it explicitly
        }

        await using var services = new ServiceCollection().AddLogging().AddAlerts(configuration).BuildServiceProvider();
        try
        {
            await services.GetRequiredService<StorageInitializer>().InitializeAsync(CancellationToken.None).ConfigureAwait(false);
            return await action(services).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is global::Azure.RequestFailedException or InvalidOperationException or HttpRequestException)
        {
            await Console.Error.WriteLineAsync($"alerts subscribers: {ex.Message}").ConfigureAwait(false);
            return 1;
        }
    }

    private static void Write(SubscriptionView view) => Console.Out.WriteLine(JsonSerializer.Serialize(view, Json));
}
