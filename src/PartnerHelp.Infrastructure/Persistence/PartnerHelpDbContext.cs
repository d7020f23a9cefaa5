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
    : IdentityDbContext<ApplicationUser>(options)
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

    /// <summary>The data protection key ring every node shares.</summary>
    public DbSet<Security.DataProtectionKeyRecord> DataProtectionKeys => Set<Security.DataProtectionKeyRecord>();

    /// <summary>Refunds counted per state and currency, kept by every save (<see cref="ChangeCounters"/>).</summary>
    public DbSet<RefundTotalRow> RefundTotals => Set<RefundTotalRow>();

    /// <summary>Per-partner change numbers, raised by every save touching a partner's data.</summary>
    public DbSet<PartnerDataVersion> PartnerVersions => Set<PartnerDataVersion>();

    /// <summary>What the demo data was last brought up to (one row, schema 0010).</summary>
    public DbSet<Demo.DemoDataState> DemoState => Set<Demo.DemoDataState>();

    // One counter shard per context: the saves of one unit of work touch the same rows, in key order.
    private readonly int counterShard = Random.Shared.Next(ChangeCounters.RefundTotalShards);

    /// <summary>Saves, and in the same transaction adjusts the refund totals and partner versions the save changes.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var counters = ChangeCounters.Collect(ChangeTracker);
        if (counters.IsEmpty)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        await using (own)
        {
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken);
            foreach (var statement in counters.Statements(counterShard))
            {
                await Database.ExecuteSqlAsync(statement, cancellationToken);
            }

            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }

            if (acceptAllChangesOnSuccess)
            {
                ChangeTracker.AcceptAllChanges();
            }

            return saved;
        }
    }

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

    /// <inheritdoc cref="SaveChangesAsync(bool, CancellationToken)" />
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var counters = ChangeCounters.Collect(ChangeTracker);
        if (counters.IsEmpty)
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        using var own = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        var saved = base.SaveChanges(acceptAllChangesOnSuccess: false);
        foreach (var statement in counters.Statements(counterShard))
        {
            Database.ExecuteSql(statement);
        }

        own?.Commit();
        if (acceptAllChangesOnSuccess)
        {
            ChangeTracker.AcceptAllChanges();
        }

        return saved;
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
        Bot.BotStorageModel.Configure(builder);
        Security.DataProtectionKeys.Configure(builder);
        CountersModel.Configure(builder);
        Demo.DemoDataState.Configure(builder);
        builder.Entity<ApplicationUser>(user =>
        {
            user.Property(u => u.PartnerId).HasMaxLength(64);
            user.Property(u => u.DisplayName).HasMaxLength(200);
            user.Property(u => u.PreferredCulture).HasMaxLength(16);
            user.HasIndex(u => u.PartnerId);
        });

        builder.Entity<Partner>(partner =>
        {
            partner.ToTable("partners");
            partner.HasKey(p => p.Id);
            partner.Property(p => p.Id).HasMaxLength(64);
            partner.Property(p => p.Name).HasMaxLength(200);
            partner.Property(p => p.Currency).HasMaxLength(3);
            partner.Property(p => p.Status).HasConversion<string>().HasMaxLength(32);
            partner.Property(p => p.CspRelationship).HasConversion<string>().HasMaxLength(32);
        });

        builder.Entity<MembershipOrder>(order =>
        {
            order.ToTable("membership_orders");
            order.HasKey(o => o.Id);
            order.Property(o => o.Id).HasMaxLength(32);
            order.Property(o => o.PartnerId).HasMaxLength(64);
            order.Property(o => o.Offer).HasConversion<string>().HasMaxLength(64);
            order.Property(o => o.Currency).HasMaxLength(3);
            order.Property(o => o.PaymentMethod).HasConversion<string>().HasMaxLength(32);
            order.Property(o => o.PaymentInstrument).HasMaxLength(64);
            order.Property(o => o.ActivatedBenefit).HasConversion<string>().HasMaxLength(64);
            order.Property(o => o.Status).HasConversion<string>().HasMaxLength(32);
            order.Property(o => o.CancelledBy).HasMaxLength(450);
            order.Property(o => o.CancellationReason).HasConversion<string>().HasMaxLength(32);
            order.Property(o => o.CancellationNote).HasMaxLength(MembershipOrder.MaxCancellationNoteLength);
            order.Property(o => o.Version).IsConcurrencyToken();
            order.Ignore(o => o.Price);
            order.HasOne<Partner>().WithMany().HasForeignKey(o => o.PartnerId).OnDelete(DeleteBehavior.Restrict);
            order.HasIndex(o => new { o.PartnerId, o.PurchasedAt });
        });

        builder.Entity<Refund>(refund =>
        {
            refund.ToTable("refunds");
            refund.HasKey(r => r.Id);
            refund.Property(r => r.Id).HasMaxLength(40);
            refund.Property(r => r.OrderId).HasMaxLength(64);
            refund.Property(r => r.Subject).HasConversion<string>().HasMaxLength(32);
            refund.Property(r => r.PartnerId).HasMaxLength(64);
            refund.Property(r => r.Currency).HasMaxLength(3);
            refund.Property(r => r.PaymentInstrument).HasMaxLength(64);
            refund.Property(r => r.Status).HasConversion<string>().HasMaxLength(32);
            refund.Property(r => r.FailureReason).HasMaxLength(1000);
            refund.Property(r => r.ProcessorReference).HasMaxLength(128);
            refund.Property(r => r.Version).IsConcurrencyToken();
            refund.Ignore(r => r.Total);
            refund.Ignore(r => r.IdempotencyKey);
            refund.HasIndex(r => r.OrderId).IsUnique();
            refund.HasIndex(r => new { r.PartnerId, r.Status });
            refund.HasIndex(r => new { r.Status, r.RequestedAt });

            // Schema 0008: the refunds board pages newest first and sums per state and currency from an index alone.
            refund.HasIndex(r => r.RequestedAt);
            refund.HasIndex(r => new { r.Status, r.Currency, r.Amount });
            refund.HasMany(r => r.Transitions).WithOne().HasForeignKey(t => t.RefundId).OnDelete(DeleteBehavior.Cascade);
            refund.Navigation(r => r.Transitions).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_transitions");
        });

        builder.Entity<RefundTransition>(transition =>
        {
            transition.ToTable("refund_transitions");
            transition.HasKey(t => new { t.RefundId, t.Sequence });
            transition.Property(t => t.RefundId).HasMaxLength(40);
            transition.Property(t => t.From).HasConversion<string>().HasMaxLength(32);
            transition.Property(t => t.To).HasConversion<string>().HasMaxLength(32);
            transition.Property(t => t.Actor).HasMaxLength(450);
            transition.Property(t => t.Detail).HasMaxLength(1000);
        });

        ProductLinesModel.Configure(builder);

        builder.Entity<OutboxMessage>(message =>
        {
            message.ToTable("outbox_messages");
            message.HasKey(m => m.Id);
            message.Property(m => m.Type).HasMaxLength(64);
            message.Property(m => m.Subject).HasMaxLength(128);
            message.Property(m => m.Culture).HasMaxLength(16);
            message.Property(m => m.LastError).HasMaxLength(2000);
            message.HasIndex(m => new { m.DispatchedAt, m.CreatedAt });
        });

        builder.Entity<SupportTicket>(ticket =>
        {
            ticket.ToTable("support_tickets");
            ticket.HasKey(t => t.Reference);
            ticket.Property(t => t.Reference).HasMaxLength(32);
            ticket.Property(t => t.PartnerId).HasMaxLength(64);
            ticket.Property(t => t.OrderId).HasMaxLength(32);
            ticket.Property(t => t.OpenedBy).HasMaxLength(450);
            ticket.Property(t => t.Subject).HasMaxLength(SupportTicket.MaxSubjectLength);
            ticket.Property(t => t.Description).HasMaxLength(SupportTicket.MaxDescriptionLength);
            ticket.Property(t => t.Culture).HasMaxLength(16);
            ticket.Property(t => t.Status).HasConversion<string>().HasMaxLength(32);
            ticket.Property(t => t.SubmissionKey).HasMaxLength(SupportTicket.MaxSubmissionKeyLength);
            ticket.HasOne<Partner>().WithMany().HasForeignKey(t => t.PartnerId).OnDelete(DeleteBehavior.Restrict);
            ticket.HasIndex(t => new { t.PartnerId, t.OpenedAt });
            ticket.HasIndex(t => new { t.PartnerId, t.SubmissionKey }).IsUnique();
        });
        JobsModel.Configure(builder);
    }

    // Internal, not private: the compiled model (CompiledModel/) names it.
    internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        value => value.UtcTicks,
        ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
}
