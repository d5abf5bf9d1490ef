using System.Net;
using System.Net.Sockets;

namespace Ponte.Web.Infrastructure.Http;

/// <summary>
/// The client address as the rate limits and the sign-in lockout count it. An IPv4 address is
/// itself; an IPv6 address counts by its /64, which one subscriber usually holds whole, so
/// rotating through it does not make a new client.
/// </summary>
public static class ClientAddress
{
    public const string Unknown = "unknown";

    public static string Partition(IPAddress? address)
    {
        if (address is null)
            return Unknown;
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
            return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
