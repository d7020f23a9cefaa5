using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Core.TaxRefunds;

namespace PartnerHelp.Infrastructure.Persistence.Configurations;

/// <summary>Tax refund requests, at most one per membership order.</summary>
internal sealed class TaxRefundClaimConfiguration : IEntityTypeConfiguration<TaxRefundClaim>
{
    public void Configure(EntityTypeBuilder<TaxRefundClaim> builder)
    {
        builder.ToTable("tax_refund_claims");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).HasMaxLength(40);
        builder.Property(x => x.OrderId).HasMaxLength(32);
        builder.Property(x => x.PartnerId).HasMaxLength(64);
        builder.Property(x => x.RequestedBy).HasMaxLength(450);
        builder.HasOne<MembershipOrder>().WithMany().HasForeignKey(x => x.OrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => x.OrderId).IsUnique();
    }
}
