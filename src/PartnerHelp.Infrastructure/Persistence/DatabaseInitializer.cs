using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PartnerHelp.Infrastructure.Demo;
using PartnerHelp.Infrastructure.Security;

namespace PartnerHelp.Infrastructure.Persistence;

/// <summary>
/// Start-up work before the site takes requests: bring the schema up to date (<see cref="DatabaseSchema"/>), then seed and re-base the
/// demo data when it is on, and make sure a data protection key exists. Held under <see cref="StartupLock"/> so nodes starting together take turns.
/// </summary>
public sealed class DatabaseInitializer(IServiceProvider services, DatabaseOptions database, IOptions<DemoOptions> demo) : IHostedService
{
    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<PartnerHelpDbContext>();
        await StartupLock.RunAsync(db, database.Provider, async () =>
        {
            if (database.Provider == DatabaseProvider.Sqlite)
            {
                // WAL lets readers proceed while a writer commits; the setting is stored in the file.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }

            await DatabaseSchema.MigrateAsync(db, cancellationToken);
            if (demo.Value.Enabled)
            {
                await provider.GetRequiredService<DemoDataSeeder>().SeedAsync(cancellationToken);
            }

            // With data protection registered (the site), one node creates the first key; the others find it.
            if (provider.GetService<IKeyManager>() is { } keys)
            {
                DataProtectionKeys.EnsureActiveKey(keys, provider.GetRequiredService<TimeProvider>());
            }
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
