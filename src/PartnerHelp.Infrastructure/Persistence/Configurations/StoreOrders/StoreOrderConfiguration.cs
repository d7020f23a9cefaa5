using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHelp.Core.StoreOrders;

namespace PartnerHelp.Infrastructure.Persistence.Configurations;

/// <summary>Store orders and pre-orders.</summary>
internal sealed class StoreOrderConfiguration : IEntityTypeConfiguration<StoreOrder>
{
    public void Configure(EntityTypeBuilder<StoreOrder> builder)
    {
        builder.ToTable("store_orders");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).HasMaxLength(32);
        builder.Property(x => x.PartnerId).HasMaxLength(64);
        builder.Property(x => x.PlacedBy).HasMaxLength(256);
        builder.HasIndex(x => new { x.PartnerId, x.PlacedAt });
    }
}
