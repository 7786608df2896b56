using System.Net;
using System.Net.Sockets;

namespace ReportIngest.Crawling.Fetching;

/// <summary>Which resolved addresses the crawler may connect to: public ones; loopback only where allowed (tests);
/// never private, link-local or unspecified.</summary>
internal static class AddressPolicy
{
    public static bool MayConnect(IPAddress address, bool allowLoopback)
    {
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address))
            return allowLoopback;
        if (address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
            return false;
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
            return !(
                address.IsIPv6LinkLocal
                || address.IsIPv6SiteLocal
                || address.IsIPv6UniqueLocal
                || address.IsIPv6Multicast
            );
        var b = address.GetAddressBytes();
        return !(
            b[0] == 10
            || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
            || (b[0] == 192 && b[1] == 168)
            || (b[0] == 169 && b[1] == 254)
            || b[0] == 0
            || (b[0] == 100 && b[1] >= 64 && b[1] <= 127)
            || b[0] >= 224
        );
    }

    /// <summary>Connects only to public addresses (and loopback where allowed): a name that resolves to a private
    /// network is refused.</summary>
    public static async ValueTask<Stream> ConnectAsync(
        SocketsHttpConnectionContext context,
        bool allowLoopback,
        CancellationToken cancel
    )
    {
        var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancel);
        var usable = addresses.Where(a => MayConnect(a, allowLoopback)).ToArray();
        if (usable.Length == 0)
            throw new RefusedAddressException(
                $"{context.DnsEndPoint.Host} resolves to {string.Join(", ", addresses.Select(a => a.ToString()))}: not a public address"
            );
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(usable, context.DnsEndPoint.Port, cancel);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
