using System.Net;
using System.Net.Sockets;

namespace PartnerHelp.Testing;

/// <summary>Free TCP ports on 127.0.0.1, for the servers tests start (sites, PostgreSQL).</summary>
public static class LoopbackPort
{
    /// <summary>
    /// A port free at the moment of asking. Another test may take it before the caller binds it, so a caller that
    /// can retry on "address already in use" should.
    /// </summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
