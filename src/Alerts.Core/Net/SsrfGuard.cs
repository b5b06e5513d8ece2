using System.Net;
using System.Net.Sockets;

namespace Alerts.Core.Net;

/// <summary>
/// Refuses outbound connections to anything but public addresses. The check runs in
/// <see cref="SocketsHttpHandler.ConnectCallback"/> on the addresses actually connected to, after
/// DNS resolution, so DNS rebinding and redirects cannot get around it. Proxies are off for the
/// same reason (a proxy would be the address checked).
/// </summary>
public sealed class SsrfGuard
{
    private readonly SsrfGuardOptions _options;
    private readonly Func<string, CancellationToken, Task<IPAddress[]>> _resolve;

    public SsrfGuard(SsrfGuardOptions options)
        : this(options, Dns.GetHostAddressesAsync)
    {
    }

    /// <summary>With a resolver seam, so tests can give names hostile answers without DNS.</summary>
    internal SsrfGuard(SsrfGuardOptions options, Func<string, CancellationToken, Task<IPAddress[]>> resolve)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _resolve = resolve;
    }

    /// <summary>A handler whose every connection passes the guard. Configure limits on it as usual.</summary>
    public SocketsHttpHandler CreateHandler() => new()
    {
        ConnectCallback = ConnectAsync,
        UseProxy = false,
    };

    /// <summary>Refuses URLs the guard would refuse on scheme alone (before any DNS lookup).</summary>
    public void CheckUrl(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw new OutboundRequestRefusedException($"Refused {url}: only http and https URLs can be fetched");
        }

        if (IPAddress.TryParse(url.IdnHost.Trim('[', ']'), out var literal))
        {
            CheckAddress(url.IdnHost, literal);
        }

        if (url.Scheme == Uri.UriSchemeHttp && !_options.AllowHttp && !_options.AllowPrivateNetwork)
        {
            throw new OutboundRequestRefusedException($"Refused {url}: plain HTTP is not allowed, use https");
        }
    }

    /// <summary>The connect step: resolve, check every candidate, connect only to an allowed one.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.InitialRequestMessage.RequestUri is { } url)
        {
            CheckUrl(url);
        }

        var host = context.DnsEndPoint.Host.Trim('[', ']');
        var addresses = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : await _resolve(host, cancellationToken).ConfigureAwait(false);
        if (addresses.Length == 0)
        {
            throw new OutboundRequestRefusedException($"Refused {host}: it resolves to no address");
        }

        var allowed = _options.AllowPrivateNetwork ? addresses : addresses.Where(AddressPolicy.IsPublic).ToArray();
        if (allowed.Length == 0)
        {
            CheckAddress(host, addresses[0]);
        }

        SocketException? last = null;
        foreach (var address in allowed)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), cancellationToken).ConfigureAwait(false);
                if (socket.RemoteEndPoint is IPEndPoint connected)
                {
                    CheckAddress(host, connected.Address);
                }

                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException ex)
            {
                socket.Dispose();
                last = ex;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw last ?? new SocketException((int)SocketError.HostNotFound);
    }

    private void CheckAddress(string host, IPAddress address)
    {
        if (_options.AllowPrivateNetwork)
        {
            return;
        }

        if (AddressPolicy.Classify(address) is { } kind)
        {
            var shown = host == address.ToString() ? host : $"{host} ({address})";
            throw new OutboundRequestRefusedException(
                $"Refused {shown}: {kind} addresses are not allowed (set {SsrfGuardOptions.Section}:{nameof(SsrfGuardOptions.AllowPrivateNetwork)} for local development)");
        }
    }
}
