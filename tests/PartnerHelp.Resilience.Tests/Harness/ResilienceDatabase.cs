using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PartnerHelp.Core;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Core.Outbox;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Infrastructure;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Testing;

namespace PartnerHelp.Resilience.Tests.Harness;

/// <summary>
/// The database of the sites a suite starts, on either storage (<see cref="SiteStorage"/>): it gives the sites their
/// database settings, seeds orders before a batch, waits for the jobs and reads the results. Owns what it created
/// (a temp folder, a PostgreSQL server of its own) and removes it on dispose.
/// </summary>
public sealed class ResilienceDatabase : IAsyncDisposable
{
    private readonly TempDirectory? _folder;
    private readonly PostgresServer? _server;

    private ResilienceDatabase(SiteStorage storage, string connectionString, TempDirectory? folder, PostgresServer? server)
    {
        Storage = storage;
        ConnectionString = connectionString;
        _folder = folder;
        _server = server;
    }

    /// <summary>The deployment this database stands for.</summary>
    public SiteStorage Storage { get; }

    /// <summary>The application database's connection string.</summary>
    public string ConnectionString { get; }

    private static readonly Lazy<Task<PostgresServer>> SharedServer = new(StartSharedServerAsync);
    private static int _databases;

    /// <summary>
    /// A new SQLite file in a temp folder, or a new database on PostgreSQL: on a throwaway server shared by the suites
    /// (one start instead of one per test), or, with <paramref name="ownServer"/>, on a server of its own that the test
    /// may stop or freeze.
    /// </summary>
    public static async Task<ResilienceDatabase> CreateAsync(SiteStorage storage, string name, bool ownServer = false)
    {
        if (storage == SiteStorage.InMemory)
        {
            var folder = new TempDirectory($"partnerhelp-{name}");
            return new ResilienceDatabase(storage, $"Data Source={folder.File("partnerhelp.db")}", folder, null);
        }

        var database = $"{name}{Interlocked.Increment(ref _databases)}";
        if (!ownServer)
        {
            var shared = await SharedServer.Value;
            await shared.CreateDatabaseAsync(database);
            return new ResilienceDatabase(storage, shared.ConnectionString(database), null, null);
        }

        var server = await PostgresServer.StartAsync();
        try
        {
            await server.CreateDatabaseAsync(database);
            return new ResilienceDatabase(storage, server.ConnectionString(database), null, server);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>The shared server, stopped and removed when the test process ends.</summary>
    private static async Task<PostgresServer> StartSharedServerAsync()
    {
        var server = await PostgresServer.StartAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return server;
    }

    /// <summary>A PostgreSQL database someone else runs (scripts/cluster.sh).</summary>
    public static ResilienceDatabase OnPostgres(string connectionString) => new(SiteStorage.PostgreSql, connectionString, null, null);

    /// <summary><paramref name="settings"/> plus the provider and connection string of this database.</summary>
    public Dictionary<string, string> SiteSettings(IReadOnlyDictionary<string, string> settings)
    {
        var all = new Dictionary<string, string>(settings) { ["ConnectionStrings:PartnerHelp"] = ConnectionString };
        if (Storage == SiteStorage.PostgreSql)
        {
            all["Database:Provider"] = "PostgreSql";
        }

        return all;
    }

    /// <summary>Starts the built site on this database with <paramref name="settings"/> and waits until it is healthy.</summary>
    public Task<SiteProcess> StartSiteAsync(IReadOnlyDictionary<string, string> settings, string name = "site") =>
        SiteProcess.StartAsync(SiteSettings(settings), name: name, healthyWithin: TimeSpan.FromSeconds(120));

    /// <summary>Stops the PostgreSQL server under the sites (only a server of its own).</summary>
    public Task StopServerAsync() =>
        _server?.StopAsync() ?? throw new InvalidOperationException("Only a PostgreSQL server this harness started can be stopped.");

    /// <summary>Freezes the PostgreSQL server under the sites: nothing answers any more (only a server of its own).</summary>
    public Task FreezeServerAsync() =>
        _server?.FreezeAsync() ?? throw new InvalidOperationException("Only a PostgreSQL server this harness started can be frozen.");

    public PartnerHelpDbContext Context()
    {
        // Configured as the site configures its contexts, so the test's saves keep the counters as the site's do.
        var options = new DbContextOptionsBuilder<PartnerHelpDbContext>();
        PersistenceServiceCollectionExtensions.Configure(options, new DatabaseOptions
        {
            Provider = Storage == SiteStorage.PostgreSql ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite,
            ConnectionString = Storage == SiteStorage.PostgreSql
                ? ConnectionString
                : new SqliteConnectionStringBuilder(ConnectionString) { Pooling = false, DefaultTimeout = 30 }.ToString(),
        });
        return new PartnerHelpDbContext(options.Options);
    }

    /// <summary>
    /// Adds <paramref name="count"/> active Contoso orders <c>{prefix}-0001…</c> that the eligibility service lets a
    /// partner admin cancel (credit card, 3 days old, nothing used); amounts vary so a refund paid for the wrong order
    /// shows in the sums.
    /// </summary>
    public async Task<IReadOnlyList<string>> AddEligibleOrdersAsync(string prefix, int count)
    {
        var ids = Enumerable.Range(1, count).Select(i => $"{prefix}-{i:0000}").ToList();
        await AddOrdersAsync(ids, cancelled: false);
        return ids;
    }

    /// <summary>
    /// Adds <paramref name="count"/> Contoso orders already cancelled the way MembershipCancellation writes them (the
    /// cancellation, a Requested refund and an outbox row in one transaction), for suites about the refund jobs.
    /// </summary>
    public async Task<IReadOnlyList<string>> AddCancelledOrdersAsync(string prefix, int count)
    {
        var ids = Enumerable.Range(1, count).Select(i => $"{prefix}-{i:0000}").ToList();
        await AddOrdersAsync(ids, cancelled: true);
        return ids;
    }

    /// <summary>Adds cancellable Contoso orders <paramref name="orderIds"/>, optionally already cancelled, in one transaction.</summary>
    public async Task AddOrdersAsync(IEnumerable<string> orderIds, bool cancelled)
    {
        await using var db = Context();
        var now = DateTimeOffset.UtcNow;
        var i = 0;
        foreach (var orderId in orderIds)
        {
            var order = new MembershipOrder(orderId, "contoso", MembershipOffer.ActionPack, now.AddDays(-3), new Money(400m + (++i % 1000), "USD"), PaymentMethod.CreditCard, "Visa •••• 4242");
            db.MembershipOrders.Add(order);
            if (cancelled)
            {
                var refund = order.Cancel(RefundIds.For(orderId), "test", CancellationReason.NoLongerNeeded, null, now);
                db.Refunds.Add(refund);
                db.OutboxMessages.Add(new OutboxMessage(Guid.NewGuid(), OutboxMessage.RefundRequested, refund.Id, "en", now));
            }
        }

        await db.SaveChangesAsync();
    }

    /// <summary>
    /// Polls until <paramref name="condition"/> holds; <paramref name="broken"/> says why waiting is pointless (a site
    /// died), <paramref name="context"/> adds to the timeout's message.
    /// </summary>
    public Task WaitAsync(Func<PartnerHelpDbContext, Task<bool>> condition, string what, TimeSpan within, Func<string?>? broken = null, Func<string>? context = null) =>
        Eventually.MatchesAsync(
            what,
            async () =>
            {
                await using (var db = Context())
                {
                    if (await condition(db))
                    {
                        return true;
                    }
                }

                return broken?.Invoke() is { } reason ? throw new InvalidOperationException($"{reason} while waiting for {what}") : false;
            },
            done => done,
            within,
            TimeSpan.FromMilliseconds(250),
            _ => $"not yet.{Environment.NewLine}{context?.Invoke()}");

    /// <summary>How many of the refunds of orders starting with <paramref name="orderPrefix"/> are refunded.</summary>
    public static Task<int> RefundedAsync(PartnerHelpDbContext db, string orderPrefix) =>
        db.Refunds.CountAsync(r => r.OrderId.StartsWith(orderPrefix) && r.Status == RefundStatus.Refunded);

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _folder?.Dispose();
    }
}
