using System.Diagnostics.Metrics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using PartnerHelp.Core.CreditRequests;
using PartnerHelp.Core.Eligibility;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Core.Reservations;
using PartnerHelp.Core.StoreOrders;
using PartnerHelp.Core.Subscriptions;
using PartnerHelp.Core.TaxRefunds;
using PartnerHelp.Core.Telemetry;
using PartnerHelp.Infrastructure.Demo;
using PartnerHelp.Infrastructure.Memberships;
using PartnerHelp.Infrastructure.Outbox;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Infrastructure.Persistence.Counters;
using PartnerHelp.Infrastructure.RefundPaths;
using PartnerHelp.Infrastructure.Tickets;

namespace PartnerHelp.Infrastructure;

/// <summary>Registers the domain services, the database and start-up work.</summary>
public static class PersistenceServiceCollectionExtensions
{
    /// <summary>The SQLite file used when no connection string is configured, relative to the content root.</summary>
    public const string DefaultSqliteFile = "data/partnerhelp.db";

    /// <summary>The eligibility service with every product line's rules, and the clock.</summary>
    public static IServiceCollection AddPartnerHelpCore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IEligibilityRules, MembershipRefundRules>();
        services.AddSingleton<IEligibilityRules, TaxRefundRules>();
        services.AddSingleton<IEligibilityRules, CspSubscriptionRules>();
        services.AddSingleton<IEligibilityRules, CreditRequestRules>();
        services.AddSingleton<IEligibilityRules, ReservationRules>();
        services.AddSingleton<IEligibilityRules, ReservationExchangeRules>();
        services.AddSingleton<IEligibilityRules, StoreOrderItemRules>();
        services.TryAddSingleton(provider => new PartnerHelpMetrics(provider.GetService<IMeterFactory>()));
        services.TryAddSingleton<IEligibilityService, EligibilityService>();
        return services;
    }

    /// <summary>The database (SQLite by default, PostgreSQL when configured), its migrations and demo data.</summary>
    public static IServiceCollection AddPartnerHelpPersistence(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var database = ResolveDatabase(configuration, contentRoot);
        services.AddSingleton(database);
        services.Configure<DemoOptions>(configuration.GetSection(DemoOptions.SectionName));
        // The options depend on configuration only, so they are built once; contexts come from EF Core's pool, reset
        // between leases, instead of being built for every request and job step (a keyed read 100 -> 41 us, a one-row
        // commit 575 -> 459 us on SQLite: StoreCommandBenchmarks, docs/performance.md).
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxSignalInterceptor>();
        services.AddSingleton<SitePostgreSqlPool>();
        services.AddDbContextPool<PartnerHelpDbContext>((provider, options) =>
        {
            Configure(options, database, provider.GetRequiredService<SitePostgreSqlPool>().Source);
            options.AddInterceptors(provider.GetRequiredService<OutboxSignalInterceptor>());
        });
        services.AddSingleton<PartnerOrderReads>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<PartnerOrders>();
        services.AddScoped<MembershipCancellation>();
        services.AddScoped<PartnerContext>();
        services.AddScoped<Jobs.PartnerNotificationFeed>();
        services.AddScoped<CspSubscriptionService>();
        services.AddScoped<ReservationService>();
        services.AddScoped<CreditRequestService>();
        services.AddScoped<StoreOrderService>();
        services.AddScoped<TaxRefundService>();
        services.AddScoped<SupportTickets>();
        services.AddHostedService<DatabaseInitializer>();
        return services;
    }

    /// <summary>Reads <c>Database:Provider</c> and <c>ConnectionStrings:PartnerHelp</c>, defaulting to a SQLite file under the content root.</summary>
    public static DatabaseOptions ResolveDatabase(IConfiguration configuration, string contentRoot)
    {
        var options = new DatabaseOptions();
        configuration.GetSection(DatabaseOptions.SectionName).Bind(options);
        var connectionString = configuration.GetConnectionString("PartnerHelp");
        if (options.Provider == DatabaseProvider.PostgreSql)
        {
            options.ConnectionString = string.IsNullOrWhiteSpace(connectionString)
                ? throw new InvalidOperationException("Database:Provider is PostgreSql but ConnectionStrings:PartnerHelp is not set.")
                : connectionString;
            return options;
        }

        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(connectionString) ? $"Data Source={DefaultSqliteFile}" : connectionString);
        if (!Path.IsPathRooted(builder.DataSource) && builder.DataSource != ":memory:")
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        }

        if (builder.DataSource != ":memory:")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        builder.Pooling = true;
        options.ConnectionString = builder.ToString();
        return options;
    }

    /// <summary>
    /// Points EF Core at the configured provider, its migrations and the counters: every context's options are built here,
    /// the site's pool and the tests' and tools' own contexts alike. On PostgreSQL the site passes its one pool
    /// (<see cref="SitePostgreSqlPool"/>); the tests' and tools' contexts connect through Npgsql's pool for the string.
    /// </summary>
    public static void Configure(DbContextOptionsBuilder options, DatabaseOptions database, NpgsqlDataSource? pool = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(database);
        // Each provider's migrations are in their own namespace of this assembly (ProviderMigrationsAssembly). Every
        // save keeps the counters in its own transaction (ChangeCountersInterceptor): build every context's options here.
        options.ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>();
        options.AddInterceptors(ChangeCountersInterceptor.Instance);
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            if (pool is not null)
            {
                options.UseNpgsql(pool);
            }
            else
            {
                options.UseNpgsql(database.StatelessPostgreSqlConnectionString);
            }

            return;
        }

        options.UseSqlite(database.ConnectionString).AddInterceptors(SqliteBusyWait.Instance);
        if (SqliteCompiledModel.Instance is { } model)
        {
            options.UseModel(model);
        }
    }
}
