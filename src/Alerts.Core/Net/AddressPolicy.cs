using System.Net;
using System.Net.Sockets;

namespace Alerts.Core.Net;

/// <summary>
/// Classifies IP addresses: which ones an outbound request may connect to. Everything that is not
/// a public unicast address is "private" here: loopback, RFC 1918, link-local (cloud metadata
/// 169.254.169.254), CGNAT, multicast, unique-local, documentation, reserved, and IPv6 forms that
/// embed an IPv4 address (mapped, NAT64, 6to4) are judged by that IPv4 address.
/// </summary>
public static class AddressPolicy
{
    private static readonly (IPAddress Network, int Prefix, string Name)[] BlockedV4 =
    [
        (IPAddress.Parse("0.0.0.0"), 8, "this-network"),
        (IPAddress.Parse("10.0.0.0"), 8, "private"),
        (IPAddress.Parse("100.64.0.0"), 10, "carrier-grade NAT"),
        (IPAddress.Parse("127.0.0.0"), 8, "loopback"),
        (IPAddress.Parse("169.254.0.0"), 16, "link-local"),
        (IPAddress.Parse("172.16.0.0"), 12, "private"),
        (IPAddress.Parse("192.0.0.0"), 24, "IETF protocol assignments"),
        (IPAddress.Parse("192.0.2.0"), 24, "documentation"),
        (IPAddress.Parse("192.88.99.0"), 24, "6to4 relay"),
        (IPAddress.Parse("192.168.0.0"), 16, "private"),
        (IPAddress.Parse("198.18.0.0"), 15, "benchmarking"),
        (IPAddress.Parse("198.51.100.0"), 24, "documentation"),
        (IPAddress.Parse("203.0.113.0"), 24, "documentation"),
        (IPAddress.Parse("224.0.0.0"), 4, "multicast"),
        (IPAddress.Parse("240.0.0.0"), 4, "reserved"),
    ];

    private static readonly (IPAddress Network, int Prefix, string Name)[] BlockedV6 =
    [
        (IPAddress.Parse("100::"), 64, "discard"),
        (IPAddress.Parse("2001:db8::"), 32, "documentation"),
        (IPAddress.Parse("fc00::"), 7, "unique-local"),
        (IPAddress.Parse("fe80::"), 10, "link-local"),
        (IPAddress.Parse("fec0::"), 10, "site-local"),
        (IPAddress.Parse("ff00::"), 8, "multicast"),
    ];

    private static readonly IPAddress Nat64 = IPAddress.Parse("64:ff9b::");
    private static readonly IPAddress SixToFour = IPAddress.Parse("2002::");

    /// <summary>Whether the address is a public unicast address.</summary>
    public static bool IsPublic(IPAddress address) => Classify(address) is null;

    /// <summary>Why the address is not public ("loopback", "private", ...), or null when it is.</summary>
    public static string? Classify(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return Match(address, BlockedV4);
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return "not an IP address";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return Classify(address.MapToIPv4());
        }

        var bytes = address.GetAddressBytes();
        if (InPrefix(bytes, Nat64.GetAddressBytes(), 96))
        {
            return Classify(new IPAddress(bytes.AsSpan(12, 4)));
        }

        if (InPrefix(bytes, SixToFour.GetAddressBytes(), 16))
        {
            return Classify(new IPAddress(bytes.AsSpan(2, 4)));
        }

        // ::/96 holds :: and ::1 and the deprecated IPv4-compatible form: none is a public target.
        if (bytes.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0)
        {
            return bytes[15] == 1 && bytes.AsSpan(12, 3).IndexOfAnyExcept((byte)0) < 0 ? "loopback" : "IPv4-compatible or unspecified";
        }

        return Match(address, BlockedV6);
    }

    private static string? Match(IPAddress address, (IPAddress Network, int Prefix, string Name)[] table)
    {
        var bytes = address.GetAddressBytes();
        foreach (var (network, prefix, name) in table)
        {
            if (InPrefix(bytes, network.GetAddressBytes(), prefix))
            {
                return name;
            }
        }

        return null;
    }

    private static bool InPrefix(byte[] address, byte[] network, int prefix)
    {
        if (address.Length != network.Length)
        {
            return false;
        }

        var full = prefix / 8;
        if (!address.AsSpan(0, full).SequenceEqual(network.AsSpan(0, full)))
        {
            return false;
        }

        var rest = prefix % 8;
        if (rest == 0)
        {
            return true;
        }

        var mask = (byte)(0xFF << (8 - rest));
        return (address[full] & mask) == (network[full] & mask);
    }
}
