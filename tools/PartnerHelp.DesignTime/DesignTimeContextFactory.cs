using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.DesignTime;

/// <summary>
/// The context as EF Core's tools see it: on SQLite and with the model built from code (no compiled model), so
/// <c>dotnet ef dbcontext optimize</c> compiles the model the SQLite site would otherwise build at every start.
/// </summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<PartnerHelpDbContext>
{
    /// <inheritdoc />
    public PartnerHelpDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PartnerHelpDbContext>().UseSqlite("Data Source=:memory:").Options);
}
