using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace PartnerHelp.Testing;

/// <summary>
/// The real site over its own SQLite file in a temp folder, with demo data. In-memory by default
/// (<see cref="WebApplicationFactory{TEntryPoint}.CreateClient()"/>); <see cref="StartKestrel"/> serves it on
/// 127.0.0.1 for browsers and npm clients.
/// </summary>
public class PartnerHelpFactory : WebApplicationFactory<Program>
{
    private readonly TempDirectory _folder = new("partnerhelp-site");
    private bool _kestrel;

    /// <summary>
    /// Extra configuration, applied before the host starts. Suites sign in hundreds of times from one
    /// address, so the per-minute budgets start high; rate-limit tests set their own.
    /// </summary>
    public Dictionary<string, string?> Settings { get; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["RateLimits:SignInPerMinute"] = "100000",
        ["RateLimits:PartnerActionsPerMinute"] = "100000",
    };

    /// <summary>A clock to use instead of the system clock (set before the host starts).</summary>
    public TimeProvider? Clock { get; set; }

    /// <summary>The application database file.</summary>
    public string DatabasePath => _folder.File("partnerhelp.db");

    /// <summary>The temp folder the site writes to.</summary>
    public string DataFolder => _folder.Path;

    /// <summary>Starts the site on a free loopback port and returns its root URL (no trailing slash).</summary>
    public string StartKestrel()
    {
        if (!_kestrel)
        {
            _kestrel = true;
            UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
            StartServer();
        }

        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return address.TrimEnd('/');
    }

    /// <summary>A client that keeps cookies and does not follow redirects (so tests see them).</summary>
    public HttpClient CreateBrowserLikeClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:PartnerHelp", $"Data Source={DatabasePath}");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning).AddProvider(new ServerErrorLog()));
        if (Clock is not null)
        {
            builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton(Clock)));
        }
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _folder.Dispose();
        }
    }
}
