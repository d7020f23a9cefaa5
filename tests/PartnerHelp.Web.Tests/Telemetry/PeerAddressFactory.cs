using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Testing;

namespace PartnerHelp.Web.Tests.Telemetry;

/// <summary>
/// The real site in memory, where each request says which address it comes from (<see cref="Header"/>), as the network
/// would: the address is set on the connection before the site's own pipeline runs, and the header is gone by then.
/// </summary>
public sealed class PeerAddressFactory : PartnerHelpFactory
{
    public const string Header = "X-Test-Peer";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, PeerAddressFilter>());
    }

    private sealed class PeerAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                if (context.Request.Headers.Remove(Header, out var peer))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(peer.ToString());
                }

                return following(context);
            });
            next(app);
        };
    }
}
