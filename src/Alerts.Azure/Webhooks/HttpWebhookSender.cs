using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Alerts.Core.Delivery;

namespace Alerts.Azure.Webhooks;

/// <summary>Posts webhooks signed per Standard Webhooks 1.0; redirects are not followed.</summary>
public sealed class HttpWebhookSender(IHttpClientFactory httpClients, TimeProvider time) : IWebhookSender
{
    public const string HttpClientName = "webhooks";

    /// <summary>The client for subscriptions allowed to reach private networks (local development only).</summary>
    public const string PrivateNetworkHttpClientName = "webhooks-private-network";

    public async Task<WebhookResponse> SendAsync(WebhookMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, message.Url)
        {
            Content = new StringContent(message.Body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("webhook-id", message.MessageId);
        request.Headers.Add("webhook-timestamp", timestamp);
        request.Headers.Add("webhook-signature", Sign(message.Secret, message.MessageId, timestamp, message.Body));
        request.Options.Set(AllowPrivateNetwork, message.AllowPrivateNetwork);
        try
        {
            using var response = await httpClients.CreateClient(message.AllowPrivateNetwork ? PrivateNetworkHttpClientName : HttpClientName).SendAsync(request, cancellationToken).ConfigureAwait(false);
            return new WebhookResponse((int)response.StatusCode, RetryAfter(response.Headers.RetryAfter));
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new WebhookResponse(0, null, ex.Message);
        }
    }

    /// <summary>Marks a request allowed to reach private networks (it goes through <see cref="PrivateNetworkHttpClientName"/>).</summary>
    public static readonly HttpRequestOptionsKey<bool> AllowPrivateNetwork = new("Alerts.AllowPrivateNetwork");

    /// <summary>"v1,&lt;base64 HMAC-SHA256(key, id.timestamp.body)&gt;"; the key is the secret after "whsec_", base64-decoded.</summary>
    public static string Sign(string secret, string messageId, string timestamp, string body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var key = Convert.FromBase64String(secret.StartsWith("whsec_", StringComparison.Ordinal) ? secret[6..] : secret);
        var signature = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{messageId}.{timestamp}.{body}"));
        return "v1," + Convert.ToBase64String(signature);
    }

    private TimeSpan? RetryAfter(RetryConditionHeaderValue? header) =>
        header?.Delta ?? (header?.Date is { } date ? date - time.GetUtcNow() : null);
}
