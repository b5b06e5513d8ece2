using System.Net;
using Microsoft.AspNetCore.Http;

namespace Alerts.Functions.Http;

/// <summary>The caller's IP: the first X-Forwarded-For entry set by the Functions front end, else the connection's address.</summary>
internal static class ClientAddress
{
    public static string? Of(HttpRequest request)
    {
        var forwarded = request.Headers["X-Forwarded-For"].ToString().Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        if (forwarded is not null)
        {
            // Azure's front end may append the port ("203.0.113.7:51234"); IPv6 comes bracketed.
            if (IPEndPoint.TryParse(forwarded, out var endpoint))
            {
                return endpoint.Address.ToString();
            }

            return IPAddress.TryParse(forwarded, out var address) ? address.ToString() : forwarded;
        }

        return request.HttpContext.Connection.RemoteIpAddress?.ToString();
    }
}
