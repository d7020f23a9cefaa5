using System.Net;
using PartnerHelp.Web.Security;

namespace PartnerHelp.Web.Telemetry;

/// <summary>
/// Who may read <c>/metrics</c>: loopback and the networks in <c>Metrics:AllowedNetworks</c> (CIDR, e.g.
/// <c>10.0.0.0/8</c>). The address judged is the client's as the rest of the site sees it: the connection's, or the one a
/// trusted proxy (<see cref="TrustedProxies"/>) forwarded. A request that still carries a forwarding header nobody trusted
/// came through some relay — a proxy on this host that is not listed would make every visitor look local — so it is refused
/// whatever its address.
/// </summary>
public sealed class MetricsAccess
{
    /// <summary>Configuration key of the CIDR list.</summary>
    public const string Key = "Metrics:AllowedNetworks";

    private static readonly string[] ForwardingHeaders = ["X-Forwarded-For", "Forwarded", "X-Real-IP"];

    private readonly IReadOnlyList<IPNetwork> _networks;

    /// <summary>Reads the allowed networks; a malformed entry stops start-up rather than silently opening or closing the endpoint.</summary>
    public MetricsAccess(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        _networks = (configuration.GetSection(Key).Get<string[]>() ?? [])
            .Where(entry => !string.IsNullOrWhiteSpace(entry))
            .Select(entry => IPNetwork.TryParse(entry.Trim(), out var network)
                ? network
                : throw new InvalidOperationException($"{Key} holds '{entry}', which is not a network in CIDR notation (e.g. 10.0.0.0/8)."))
            .ToList();
    }

    /// <summary>Whether <paramref name="context"/>'s client may read the metrics.</summary>
    public bool Allows(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (ForwardingHeaders.Any(header => context.Request.Headers.ContainsKey(header)))
        {
            return false;
        }

        // No address at all: an in-process or Unix-socket caller, local by construction.
        return context.Connection.RemoteIpAddress is not { } address || Allows(address);
    }

    /// <summary>Whether <paramref name="address"/> is loopback or in an allowed network.</summary>
    public bool Allows(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var client = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return IPAddress.IsLoopback(client) || _networks.Any(network => network.Contains(client));
    }
}
