namespace Alerts.Core.Net;

/// <summary>The SSRF guard refused a destination: a non-public address or a plain-HTTP URL.</summary>
public sealed class OutboundRequestRefusedException : IOException
{
    public OutboundRequestRefusedException(string message)
        : base(message)
    {
    }

    public OutboundRequestRefusedException()
    {
    }

    public OutboundRequestRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
