using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHelp.Core.Refunds;

namespace PartnerHelp.Infrastructure.Persistence.Configurations;

/// <summary>Every state change of a refund (part of the refund aggregate).</summary>
internal sealed class RefundTransitionConfiguration : IEntityTypeConfiguration<RefundTransition>
{
    public void Configure(EntityTypeBuilder<RefundTransition> builder)
    {
        builder.ToTable("refund_transitions");
        builder.HasKey(t => new { t.RefundId, t.Sequence });
        builder.Property(t => t.RefundId).HasMaxLength(40);
        builder.Property(t => t.From).HasConversion<string>().HasMaxLength(32);
        builder.Property(t => t.To).HasConversion<string>().HasMaxLength(32);
        builder.Property(t => t.Actor).HasMaxLength(450);
        builder.Property(t => t.Detail).HasMaxLength(1000);
    }
}
