using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PartnerHelp.Infrastructure.Memberships;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Infrastructure.Tests.PostgreSql;

/// <summary>
/// EF Core's contexts and <see cref="PartnerOrderReads"/> share one pool on PostgreSQL, so the connection string's
/// <c>Maximum Pool Size</c> caps what the site's own work holds on the server (docs/architecture.md). With a pool of its
/// own each, the readers below held up to twice the limit.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SitePostgreSqlPoolTests(PostgresFixture postgres)
{
    private const int Limit = 2;
    private const string Application = "pool-cap-test";

    [Fact]
    public async Task ContextsAndHandWrittenReads_StayWithinOneMaximumPoolSize()
    {
        var connectionString = new NpgsqlConnectionStringBuilder(await postgres.NewDatabaseAsync())
        {
            MaxPoolSize = Limit,
            ApplicationName = Application,
        }.ConnectionString;
        await using var services = TestServices.Create(DatabaseProvider.PostgreSql, connectionString);
        await services.InitializeAsync();
        var reads = services.Provider.GetRequiredService<PartnerOrderReads>();

        using var stop = new CancellationTokenSource();
        var sampler = MostConnectionsSeenAsync(connectionString, stop.Token);
        var readers = Enumerable.Range(0, 12).Select(i => Task.Run(async () =>
        {
            for (var round = 0; round < 15; round++)
            {
                switch ((i + round) % 3)
                {
                    case 0:
                        await services.InScopeAsync(sp => sp.GetRequiredService<PartnerHelpDbContext>().MembershipOrders.CountAsync(o => o.PartnerId == "contoso"));
                        break;
                    case 1:
                        await reads.PartnerWithOrderCountAsync("contoso", CancellationToken.None);
                        break;
                    default:
                        await reads.PageOfOrdersAsync("contoso", 0, 20, CancellationToken.None);
                        break;
                }
            }
        })).ToArray();
        await Task.WhenAll(readers);
        await stop.CancelAsync();
        var most = await sampler;

        Assert.InRange(most, 1, Limit);
    }

    // Polls the server's view of the test's sessions from a connection of its own (another application name).
    private static async Task<long> MostConnectionsSeenAsync(string connectionString, CancellationToken stop)
    {
        var admin = new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = "pool-cap-sampler", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync(CancellationToken.None);
        await using var count = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE application_name = $1", connection);
        count.Parameters.Add(new NpgsqlParameter { Value = Application });
        var most = 0L;
        while (!stop.IsCancellationRequested)
        {
            most = Math.Max(most, (long)(await count.ExecuteScalarAsync(CancellationToken.None))!);
            await Task.Delay(2, CancellationToken.None);
        }

        return most;
    }
}
