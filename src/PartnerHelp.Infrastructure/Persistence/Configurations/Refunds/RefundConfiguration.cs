using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHelp.Core.Refunds;

namespace PartnerHelp.Infrastructure.Persistence.Configurations;

/// <summary>Refunds, with their transitions as a field-backed collection.</summary>
internal sealed class RefundConfiguration : IEntityTypeConfiguration<Refund>
{
    public void Configure(EntityTypeBuilder<Refund> builder)
    {
        builder.ToTable("refunds");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasMaxLength(40);
        builder.Property(r => r.OrderId).HasMaxLength(64);
        builder.Property(r => r.Subject).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.PartnerId).HasMaxLength(64);
        builder.Property(r => r.Currency).HasMaxLength(3);
        builder.Property(r => r.PaymentInstrument).HasMaxLength(64);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.FailureReason).HasMaxLength(1000);
        builder.Property(r => r.ProcessorReference).HasMaxLength(128);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.Total);
        builder.Ignore(r => r.IdempotencyKey);
        builder.HasIndex(r => r.OrderId).IsUnique();
        builder.HasIndex(r => new { r.PartnerId, r.Status });
        builder.HasIndex(r => new { r.Status, r.RequestedAt });

        // The refunds board pages newest first and sums per state and currency from an index alone.
        builder.HasIndex(r => r.RequestedAt);
        builder.HasIndex(r => new { r.Status, r.Currency, r.Amount });
        builder.HasMany(r => r.Transitions).WithOne().HasForeignKey(t => t.RefundId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Transitions).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_transitions");
    }
}
