using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHelp.Infrastructure.Jobs;

namespace PartnerHelp.Infrastructure.Persistence.Configurations;

/// <summary>The payment processor simulator's ledger of payouts, keyed by idempotency key.</summary>
internal sealed class PayoutLedgerEntryConfiguration : IEntityTypeConfiguration<PayoutLedgerEntry>
{
    public void Configure(EntityTypeBuilder<PayoutLedgerEntry> builder)
    {
        builder.ToTable("payout_ledger");
        builder.HasKey(e => e.IdempotencyKey);
        builder.Property(e => e.IdempotencyKey).HasMaxLength(128);
        builder.Property(e => e.RefundId).HasMaxLength(40);
        builder.Property(e => e.Reference).HasMaxLength(64);
        builder.Property(e => e.Currency).HasMaxLength(3);
        builder.Property(e => e.Instrument).HasMaxLength(64);
        builder.HasIndex(e => e.RefundId);
    }
}
