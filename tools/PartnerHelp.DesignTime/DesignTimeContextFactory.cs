using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using PartnerHelp.Infrastructure;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.DesignTime;

/// <summary>
/// The context as EF Core's tools see it, with the model built from code (no compiled model): on SQLite by default, so
/// <c>dotnet ef dbcontext optimize</c> compiles the model the SQLite site would otherwise build at every start, or on
/// the provider named after <c>--</c> (<c>-- --provider PostgreSql</c>), so <c>dotnet ef migrations add</c> writes that
/// provider's migration (scripts/add-migration.sh runs it once per provider). No database is opened.
/// </summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<PartnerHelpDbContext>
{
    /// <inheritdoc />
    public PartnerHelpDbContext CreateDbContext(string[] args)
    {
        var at = Array.IndexOf(args, "--provider");
        var provider = at >= 0 && at + 1 < args.Length ? Enum.Parse<DatabaseProvider>(args[at + 1], ignoreCase: true) : DatabaseProvider.Sqlite;
        var database = new DatabaseOptions
        {
            Provider = provider,
            ConnectionString = provider == DatabaseProvider.Sqlite ? "Data Source=:memory:" : "Host=127.0.0.1;Database=partnerhelp_design",
        };
        var options = new DbContextOptionsBuilder<PartnerHelpDbContext>();
        PersistenceServiceCollectionExtensions.Configure(options, database);
        return new PartnerHelpDbContext(options.Options);
    }
}
