namespace Alerts.Core.Delivery;

/// <summary>An email to send; <see cref="MessageId"/> is stable across retries so receivers can de-duplicate.</summary>
public sealed record EmailMessage
{
    public required string To { get; init; }

    public required string Subject { get; init; }

    public required string Html { get; init; }

    public required string Text { get; init; }

    public required string MessageId { get; init; }

    /// <summary>Extra headers (List-Unsubscribe, List-Unsubscribe-Post).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}

/// <summary>Sends email (SMTP in Azure, a local sink in development).</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

/// <summary>A webhook call: signed per Standard Webhooks with the endpoint's secret.</summary>
public sealed record WebhookMessage(string Url, string Secret, string MessageId, string Body, bool AllowPrivateNetwork);

/// <summary>What the endpoint answered; <see cref="StatusCode"/> 0 means no answer (timeout, refused).</summary>
public sealed record WebhookResponse(int StatusCode, TimeSpan? RetryAfter = null, string? Error = null)
{
    public bool IsSuccess => StatusCode is >= 200 and < 300;
}

/// <summary>Posts webhooks. Redirects are not followed; only 2xx is success.</summary>
public interface IWebhookSender
{
    Task<WebhookResponse> SendAsync(WebhookMessage message, CancellationToken cancellationToken);
}
