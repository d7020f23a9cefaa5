using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Load;

/// <summary>
/// The configuration the published site reads, for the jobs benchmark's reference processes: appsettings.json and
/// appsettings.Production.json from the site's folder, then environment variables (the harness gives the references the
/// site's <c>Jobs__</c> settings), then the command line's database and <c>overrides</c>. A reference therefore runs
/// with the same <c>JobsOptions</c> (workers, poll intervals, storage options, simulator) as the site it is compared with.
/// </summary>
internal static class SiteHost
{
    /// <summary>A host builder over the site in <paramref name="siteDirectory"/>, on <paramref name="database"/>.</summary>
    public static HostApplicationBuilder Create(string siteDirectory, DatabaseOptions database, params KeyValuePair<string, string?>[] overrides)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = Path.GetFullPath(siteDirectory),
            EnvironmentName = Environments.Production,
            Args = [],
        });
        builder.Configuration.AddInMemoryCollection(
        [
            new("Database:Provider", database.Provider.ToString()),
            new("ConnectionStrings:PartnerHelp", database.ConnectionString),
            .. overrides,
        ]);
        return builder;
    }
}
