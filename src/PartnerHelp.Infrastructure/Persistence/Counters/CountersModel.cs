using Microsoft.EntityFrameworkCore;

namespace PartnerHelp.Infrastructure.Persistence.Counters;

/// <summary>EF mapping of the counter tables (schema 0009).</summary>
internal static class CountersModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<RefundTotalRow>(total =>
        {
            total.ToTable("refund_totals");
            total.HasKey(t => new { t.Status, t.Currency, t.Shard });
            total.Property(t => t.Status).HasMaxLength(32);
            total.Property(t => t.Currency).HasMaxLength(3);
        });

        builder.Entity<PartnerDataVersion>(version =>
        {
            version.ToTable("partner_versions");
            version.HasKey(v => v.PartnerId);
            version.Property(v => v.PartnerId).HasMaxLength(64);
        });
    }
}
