using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using PartnerHelp.Core.Billing;
using PartnerHelp.Core.CreditRequests;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Core.Outbox;
using PartnerHelp.Core.Partners;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Core.Reservations;
using PartnerHelp.Core.StoreOrders;
using PartnerHelp.Core.Subscriptions;
using PartnerHelp.Core.TaxRefunds;
using PartnerHelp.Core.Tickets;
using PartnerHelp.Infrastructure.Identity;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Infrastructure.Persistence.Counters;

namespace PartnerHelp.Infrastructure.Persistence;

/// <summary>The application's data: identity, partners, orders, refunds and the outbox.</summary>
public sealed class PartnerHelpDbContext(DbContextOptions<PartnerHelpDbContext> options)
    : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    /// <summary>Partner organisations.</summary>
    public DbSet<Partner> Partners => Set<Partner>();

    /// <summary>Membership orders.</summary>
    public DbSet<MembershipOrder> MembershipOrders => Set<MembershipOrder>();

    /// <summary>Refunds of cancelled orders.</summary>
    public DbSet<Refund> Refunds => Set<Refund>();

    /// <summary>Every refund state change.</summary>
    public DbSet<RefundTransition> RefundTransitions => Set<RefundTransition>();

    /// <summary>Work waiting to be dispatched to background jobs.</summary>
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    /// <summary>CSP license subscriptions.</summary>
    public DbSet<CspSubscription> CspSubscriptions => Set<CspSubscription>();

    /// <summary>Credits on the next invoice.</summary>
    public DbSet<InvoiceCreditLine> InvoiceCreditLines => Set<InvoiceCreditLine>();

    /// <summary>CSP partners' customers.</summary>
    public DbSet<CspCustomer> CspCustomers => Set<CspCustomer>();

    /// <summary>Customers' Azure reservations.</summary>
    public DbSet<Reservation> Reservations => Set<Reservation>();

    /// <summary>Incidents credit requests refer to.</summary>
    public DbSet<ServiceIncident> ServiceIncidents => Set<ServiceIncident>();

    /// <summary>Submitted credit requests.</summary>
    public DbSet<CreditRequest> CreditRequests => Set<CreditRequest>();

    /// <summary>Uploaded credit request forms.</summary>
    public DbSet<CreditRequestForm> CreditRequestForms => Set<CreditRequestForm>();

    /// <summary>Store orders and pre-orders.</summary>
    public DbSet<StoreOrder> StoreOrders => Set<StoreOrder>();

    /// <summary>Lines of store orders.</summary>
    public DbSet<StoreOrderItem> StoreOrderItems => Set<StoreOrderItem>();

    /// <summary>Tax refund requests.</summary>
    public DbSet<TaxRefundClaim> TaxRefundClaims => Set<TaxRefundClaim>();

    /// <summary>Partners' support tickets.</summary>
    public DbSet<SupportTicket> SupportTickets => Set<SupportTicket>();

    /// <summary>The payment processor simulator's ledger of payouts.</summary>
    public DbSet<PayoutLedgerEntry> PayoutLedger => Set<PayoutLedgerEntry>();

    /// <summary>Every run of a background job, with its full exception.</summary>
    public DbSet<JobAttempt> JobAttempts => Set<JobAttempt>();

    /// <summary>In-app notifications for partners.</summary>
    public DbSet<PartnerNotification> PartnerNotifications => Set<PartnerNotification>();

    /// <summary>Recurring jobs an operator paused.</summary>
    public DbSet<RecurringJobPause> RecurringJobPauses => Set<RecurringJobPause>();

    /// <summary>Operators' actions on the jobs dashboard.</summary>
    public DbSet<JobAuditEntry> JobAuditLog => Set<JobAuditEntry>();

    /// <summary>Alerts for operators (reconciliation mismatches, refunds near the 30-day promise).</summary>
    public DbSet<JobAlert> JobAlerts => Set<JobAlert>();

    /// <summary>The data protection key ring every node shares (Microsoft.AspNetCore.DataProtection.EntityFrameworkCore).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Refunds counted per state and currency, kept by every save (<see cref="ChangeCountersInterceptor"/>).</summary>
    public DbSet<RefundTotalRow> RefundTotals => Set<RefundTotalRow>();

    /// <summary>What the demo data was last brought up to (one row).</summary>
    public DbSet<Demo.DemoDataState> DemoState => Set<Demo.DemoDataState>();

    /// <summary>The demo rows kept at their ages while nobody acts on them (the demo seeder's own records).</summary>
    public DbSet<Demo.DemoItem> DemoItems => Set<Demo.DemoItem>();

    /// <summary>
    /// Saves; when the save loses to another writer (a version token or a unique key), forgets every pending change,
    /// so nothing half-done stays tracked, and answers false.
    /// </summary>
    public async Task<bool> TrySaveChangesAsync(CancellationToken cancellationToken)
    {
        try
        {
            await SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            ChangeTracker.Clear();
            return false;
        }
    }

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no date/time type that sorts and compares correctly for offsets; store UTC ticks
        // there. PostgreSQL keeps its native timestamptz.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        }

        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        // One IEntityTypeConfiguration per entity type, by aggregate, under Persistence/Configurations.
        builder.ApplyConfigurationsFromAssembly(typeof(PartnerHelpDbContext).Assembly);
    }

    // Internal, not private: the compiled model (CompiledModel/) names it.
    internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        value => value.UtcTicks,
        ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
}
