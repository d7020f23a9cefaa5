using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHelp.Infrastructure.Persistence.Counters;

namespace PartnerHelp.Infrastructure.Persistence.Configurations;

/// <summary>Refunds counted per state and currency, in shards (kept by <see cref="ChangeCountersInterceptor"/>).</summary>
internal sealed class RefundTotalRowConfiguration : IEntityTypeConfiguration<RefundTotalRow>
{
    public void Configure(EntityTypeBuilder<RefundTotalRow> builder)
    {
        builder.ToTable("refund_totals");
        builder.HasKey(t => new { t.Status, t.Currency, t.Shard });
        builder.Property(t => t.Status).HasMaxLength(32);
        builder.Property(t => t.Currency).HasMaxLength(3);
    }
}
