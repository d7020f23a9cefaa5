using Microsoft.EntityFrameworkCore;
using PartnerHelp.Core.Billing;
using PartnerHelp.Core.CreditRequests;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Core.Partners;
using PartnerHelp.Core.Reservations;
using PartnerHelp.Core.StoreOrders;
using PartnerHelp.Core.Subscriptions;
using PartnerHelp.Core.TaxRefunds;

namespace PartnerHelp.Infrastructure.Persistence;

/// <summary>Tables of the refund paths beyond memberships: CSP subscriptions, credit requests, reservations, store orders, tax refunds.</summary>
internal static class ProductLinesModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<CspSubscription>(e =>
        {
            e.ToTable("csp_subscriptions");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(40);
            e.Property(x => x.PartnerId).HasMaxLength(64);
            e.Property(x => x.CustomerName).HasMaxLength(200);
            e.Property(x => x.ProductName).HasMaxLength(200);
            e.Property(x => x.Currency).HasMaxLength(3);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(32);
            e.Ignore(x => x.Price);
            e.Ignore(x => x.TermStart);
            e.Ignore(x => x.TermEnd);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasOne<Partner>().WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.PartnerId, x.PurchasedAt });
        });

        builder.Entity<InvoiceCreditLine>(e =>
        {
            e.ToTable("invoice_credit_lines");
            e.HasKey(x => x.Id);
            e.Property(x => x.PartnerId).HasMaxLength(64);
            e.Property(x => x.Source).HasConversion<string>().HasMaxLength(32);
            e.Property(x => x.SourceId).HasMaxLength(64);
            e.Property(x => x.Currency).HasMaxLength(3);
            e.Property(x => x.InvoicePeriod).HasMaxLength(7);
            e.HasIndex(x => new { x.PartnerId, x.InvoicePeriod });
            e.HasIndex(x => new { x.Source, x.SourceId }).IsUnique();
        });

        builder.Entity<CspCustomer>(e =>
        {
            e.ToTable("csp_customers");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(64);
            e.Property(x => x.PartnerId).HasMaxLength(64);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Domain).HasMaxLength(200);
            e.Property(x => x.SubscriptionType).HasConversion<string>().HasMaxLength(32);
            e.Ignore(x => x.IsCsp);
            e.HasIndex(x => x.PartnerId);
        });

        builder.Entity<Reservation>(e =>
        {
            e.ToTable("reservations");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(64);
            e.Property(x => x.OrderId).HasMaxLength(64);
            e.Property(x => x.PartnerId).HasMaxLength(64);
            e.Property(x => x.CustomerId).HasMaxLength(64);
            e.Property(x => x.CustomerName).HasMaxLength(200);
            e.Property(x => x.Type).HasConversion<string>().HasMaxLength(32);
            e.Property(x => x.SkuName).HasMaxLength(100);
            e.Property(x => x.Region).HasMaxLength(64);
            e.Property(x => x.Currency).HasMaxLength(3);
            e.Property(x => x.Scope).HasConversion<string>().HasMaxLength(32);
            e.Property(x => x.ScopeSubscriptionId).HasMaxLength(64);
            e.Property(x => x.UtilizationPercent).HasPrecision(5, 2);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(32);
            e.Ignore(x => x.Price);
            e.Ignore(x => x.TermStart);
            e.Ignore(x => x.ExpiresOn);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasOne<CspCustomer>().WithMany().HasForeignKey(x => x.CustomerId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.PartnerId, x.CustomerId });
        });

        builder.Entity<ServiceIncident>(e =>
        {
            e.ToTable("service_incidents");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(32);
            e.Property(x => x.PartnerId).HasMaxLength(64);
            e.Property(x => x.CustomerName).HasMaxLength(200);
            e.Property(x => x.Title).HasMaxLength(300);
            e.HasIndex(x => x.PartnerId);
        });

        builder.Entity<CreditRequest>(e =>
        {
            e.ToTable("credit_requests");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(32);
            e.Property(x => x.PartnerId).HasMaxLength(64);
            e.Property(x => x.IncidentId).HasMaxLength(32);
            e.Property(x => x.CustomerName).HasMaxLength(200);
            e.Property(x => x.Category).HasConversion<string>().HasMaxLength(32);
            e.Property(x => x.Description).HasMaxLength(CreditRequest.MaxDescriptionLength);
            e.Property(x => x.WrittenRequest).HasMaxLength(CreditRequest.MaxWrittenRequestLength);
            e.Property(x => x.FormFileName).HasMaxLength(255);
            e.Property(x => x.FormContentType).HasMaxLength(100);
            e.Property(x => x.SubmittedBy).HasMaxLength(450);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(32);
            e.Property(x => x.DecisionReason).HasConversion<string>().HasMaxLength(32);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.PartnerId, x.SubmittedAt });
            e.HasIndex(x => new { x.Status, x.StatusChangedAt });
        });

        builder.Entity<CreditRequestForm>(e =>
        {
            e.ToTable("credit_request_forms");
            e.HasKey(x => x.RequestId);
            e.Property(x => x.RequestId).HasMaxLength(32);
            e.HasOne<CreditRequest>().WithOne().HasForeignKey<CreditRequestForm>(x => x.RequestId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<StoreOrder>(e =>
        {
            e.ToTable("store_orders");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(32);
            e.Property(x => x.PartnerId).HasMaxLength(64);
            e.Property(x => x.PlacedBy).HasMaxLength(256);
            e.HasIndex(x => new { x.PartnerId, x.PlacedAt });
        });

        builder.Entity<StoreOrderItem>(e =>
        {
            e.ToTable("store_order_items");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(40);
            e.Property(x => x.OrderId).HasMaxLength(32);
            e.Property(x => x.PartnerId).HasMaxLength(64);
            e.Property(x => x.ProductName).HasMaxLength(200);
            e.Property(x => x.Currency).HasMaxLength(3);
            e.Ignore(x => x.Price);
            e.Property(x => x.CancelledAt).IsConcurrencyToken();
            e.HasOne<StoreOrder>().WithMany().HasForeignKey(x => x.OrderId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.OrderId);
        });

        builder.Entity<TaxRefundClaim>(e =>
        {
            e.ToTable("tax_refund_claims");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(40);
            e.Property(x => x.OrderId).HasMaxLength(32);
            e.Property(x => x.PartnerId).HasMaxLength(64);
            e.Property(x => x.RequestedBy).HasMaxLength(450);
            e.HasOne<MembershipOrder>().WithMany().HasForeignKey(x => x.OrderId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => x.OrderId).IsUnique();
        });
    }
}
