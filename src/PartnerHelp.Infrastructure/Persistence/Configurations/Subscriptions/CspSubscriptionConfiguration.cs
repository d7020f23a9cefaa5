using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHelp.Core.Partners;
using PartnerHelp.Core.Subscriptions;

namespace PartnerHelp.Infrastructure.Persistence.Configurations;

/// <summary>CSP license subscriptions.</summary>
internal sealed class CspSubscriptionConfiguration : IEntityTypeConfiguration<CspSubscription>
{
    public void Configure(EntityTypeBuilder<CspSubscription> builder)
    {
        builder.ToTable("csp_subscriptions");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).HasMaxLength(40);
        builder.Property(x => x.PartnerId).HasMaxLength(64);
        builder.Property(x => x.CustomerName).HasMaxLength(200);
        builder.Property(x => x.ProductName).HasMaxLength(200);
        builder.Property(x => x.Currency).HasMaxLength(3);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(32);
        builder.Ignore(x => x.Price);
        builder.Ignore(x => x.TermStart);
        builder.Ignore(x => x.TermEnd);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.HasOne<Partner>().WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => new { x.PartnerId, x.PurchasedAt });
    }
}
