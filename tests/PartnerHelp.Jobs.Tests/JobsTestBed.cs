using Hangfire;
using Hangfire.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PartnerHelp.Core;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Core.Partners;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Infrastructure;
using PartnerHelp.Infrastructure.Identity;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Jobs.Engine;
using PartnerHelp.Jobs.Notifications;
using PartnerHelp.Jobs.Payments;
using PartnerHelp.Testing;

namespace PartnerHelp.Jobs.Tests;

/// <summary>
/// The jobs' services over a real, migrated SQLite file with one partner and cancelled orders; the
/// shipped payment processor simulator with faults injected through its fault plan; Hangfire's in-memory storage.
/// Most tests drive the job steps the way a job would, attempt by attempt; engine tests start a real Hangfire
/// server on the bed's services (<see cref="StartServer"/>).
/// </summary>
internal sealed class JobsTestBed : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private readonly TempDirectory _folder = new("partnerhelp-jobs");
    private readonly ServiceProvider _services;

    private JobsTestBed(Dictionary<string, string?> settings)
    {
        settings["ConnectionStrings:PartnerHelp"] = $"Data Source={_folder.File("app.db")}";
        settings["Jobs:MailPickupFolder"] = _folder.File("mail");
        settings.TryAdd("Jobs:PaymentSimulator:Latency", "00:00:00");
        settings.TryAdd("Jobs:PaymentSimulator:SettlementDelay", "01:00:00");
        // On the bed's fake clock: tests that wait it out advance the clock (see JobsClock).
        settings.TryAdd("Jobs:PaymentTimeout", PaymentTimeout.ToString("c", System.Globalization.CultureInfo.InvariantCulture));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddPartnerHelpCore();
        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
        services.AddPartnerHelpPersistence(configuration, _folder.Path);
        services.AddIdentityCore<ApplicationUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<PartnerHelpDbContext>();
        services.AddPartnerHelpJobs(configuration, _folder.Path);
        services.AddSingleton<IRefundMessages, PlainRefundMessages>();
        _services = services.BuildServiceProvider(validateScopes: true);
    }

    /// <summary>How long a payment may take on the bed's clock before it counts as unanswered.</summary>
    public static TimeSpan PaymentTimeout { get; } = TimeSpan.FromSeconds(2);

    /// <summary>The services' clock: time passes only when a test advances it.</summary>
    public JobsClock Clock { get; } = new(Start);

    public PaymentFaultPlan Faults => _services.GetRequiredService<PaymentFaultPlan>();

    public string MailFolder => _folder.File("mail");

    public static async Task<JobsTestBed> CreateAsync(Dictionary<string, string?>? settings = null)
    {
        var bed = new JobsTestBed(settings ?? new Dictionary<string, string?>());
        await using var scope = bed.Scope();
        var db = scope.ServiceProvider.GetRequiredService<PartnerHelpDbContext>();
        await DatabaseSchema.MigrateAsync(db);
        db.Partners.Add(new Partner("contoso", "Contoso", "USD", PartnerStatus.Active, CspRelationship.None, isTaxExempt: false));
        await db.SaveChangesAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        await roles.CreateAsync(new IdentityRole("MpnAdmin"));
        var admin = new ApplicationUser { UserName = "admin@contoso.example", Email = "admin@contoso.example", DisplayName = "Avery", PartnerId = "contoso", PreferredCulture = "sv" };
        await users.CreateAsync(admin);
        await users.AddToRoleAsync(admin, "MpnAdmin");
        return bed;
    }

    public AsyncServiceScope Scope() => _services.CreateAsyncScope();

    /// <summary>The bed's root services.</summary>
    public IServiceProvider Services => _services;

    /// <summary>The bed's Hangfire storage.</summary>
    public JobStorage Storage => _services.GetRequiredService<JobStorage>();

    /// <summary>A client that creates jobs with the bed's filters.</summary>
    public IBackgroundJobClient Client => _services.GetRequiredService<IBackgroundJobClient>();

    /// <summary>
    /// A Hangfire server on the bed's storage, filters and services, as the site runs one: one worker and a 100 ms
    /// schedule poll, so retries and status checks come round quickly. Dispose it before the bed.
    /// </summary>
    public BackgroundJobServer StartServer() => new(
        new BackgroundJobServerOptions
        {
            WorkerCount = 1,
            Queues = JobQueues.All,
            SchedulePollingInterval = TimeSpan.FromMilliseconds(100),
            ServerName = "jobs-test-bed",
            FilterProvider = _services.GetRequiredService<IJobFilterProvider>(),
            Activator = _services.GetRequiredService<JobActivator>(),
        },
        Storage);

    /// <summary>The state Hangfire holds job <paramref name="jobId"/> in, and why.</summary>
    public (string? Name, string? Reason) StateOf(string jobId)
    {
        using var connection = Storage.GetConnection();
        var state = connection.GetStateData(jobId);
        return (state?.Name, state?.Reason);
    }

    /// <summary>Waits (real time: Hangfire runs on it) until job <paramref name="jobId"/> is in <paramref name="state"/>.</summary>
    public Task WaitForStateAsync(string jobId, string state, TimeSpan? within = null) =>
        Eventually.MatchesAsync($"job {jobId} to be {state}", () => StateOf(jobId).Name, name => name == state, within ?? TimeSpan.FromSeconds(30));

    /// <summary>A cancelled order of <paramref name="amount"/> USD with its refund in Requested, bought <paramref name="ageDays"/> ago.</summary>
    public async Task<string> CancelledOrderAsync(string orderId, decimal amount = 1765m, int ageDays = 5)
    {
        await using var scope = Scope();
        var db = scope.ServiceProvider.GetRequiredService<PartnerHelpDbContext>();
        var now = Clock.GetUtcNow();
        var order = new MembershipOrder(orderId, "contoso", MembershipOffer.PartnerSuccessCore, now.AddDays(-ageDays), new Money(amount, "USD"), PaymentMethod.CreditCard, "Visa •••• 4242");
        db.MembershipOrders.Add(order);
        db.Refunds.Add(order.Cancel(RefundIds.For(orderId), "admin", CancellationReason.NoLongerNeeded, null, now));
        await db.SaveChangesAsync();
        return RefundIds.For(orderId);
    }

    /// <summary>An active (not cancelled) credit-card order bought <paramref name="ageDays"/> ago.</summary>
    public async Task ActiveOrderAsync(string orderId, int ageDays)
    {
        await using var scope = Scope();
        var db = scope.ServiceProvider.GetRequiredService<PartnerHelpDbContext>();
        db.MembershipOrders.Add(new MembershipOrder(orderId, "contoso", MembershipOffer.PartnerSuccessCore, Clock.GetUtcNow().AddDays(-ageDays), new Money(1765m, "USD"), PaymentMethod.CreditCard, "Visa •••• 4242"));
        await db.SaveChangesAsync();
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Scope();
        return await work(scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _folder.Dispose(); // no ClearAllPools: see TempDirectory.Dispose
    }
}
