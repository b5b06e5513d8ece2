using System.Net;
using Alerts.Core.Net;

namespace Alerts.Core.Tests.Net;

public class AddressPolicyTests
{
    [Theory]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("127.255.0.9", "loopback")]
    [InlineData("10.1.2.3", "private")]
    [InlineData("172.16.0.1", "private")]
    [InlineData("172.31.255.255", "private")]
    [InlineData("192.168.1.1", "private")]
    [InlineData("169.254.169.254", "link-local")]
    [InlineData("100.64.0.1", "carrier-grade NAT")]
    [InlineData("100.127.255.254", "carrier-grade NAT")]
    [InlineData("0.0.0.0", "this-network")]
    [InlineData("224.0.0.251", "multicast")]
    [InlineData("255.255.255.255", "reserved")]
    [InlineData("192.0.2.10", "documentation")]
    [InlineData("::1", "loopback")]
    [InlineData("::", "IPv4-compatible or unspecified")]
    [InlineData("::127.0.0.1", "IPv4-compatible or unspecified")]
    [InlineData("fe80::1", "link-local")]
    [InlineData("fc00::1", "unique-local")]
    [InlineData("fd12:3456::1", "unique-local")]
    [InlineData("ff02::1", "multicast")]
    [InlineData("::ffff:127.0.0.1", "loopback")]
    [InlineData("::ffff:10.0.0.1", "private")]
    [InlineData("::ffff:169.254.169.254", "link-local")]
    [InlineData("64:ff9b::7f00:1", "loopback")]
    [InlineData("2002:a9fe:a9fe::1", "link-local")]
    [InlineData("2001:db8::1", "documentation")]
    public void Classify_NonPublicAddress_SaysWhatItIs(string address, string expected)
    {
        Assert.Equal(expected, AddressPolicy.Classify(IPAddress.Parse(address)));
        Assert.False(AddressPolicy.IsPublic(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("1.1.1.1")]
    [InlineData("100.63.255.255")]
    [InlineData("100.128.0.0")]
    [InlineData("172.15.255.255")]
    [InlineData("172.32.0.0")]
    [InlineData("149.154.167.99")]
    [InlineData("2001:4860:4860::8888")]
    [InlineData("2a00:1450:4001::1")]
    [InlineData("::ffff:8.8.8.8")]
    public void IsPublic_PublicAddress_IsAllowed(string address) =>
        Assert.True(AddressPolicy.IsPublic(IPAddress.Parse(address)), AddressPolicy.Classify(IPAddress.Parse(address)));
}
