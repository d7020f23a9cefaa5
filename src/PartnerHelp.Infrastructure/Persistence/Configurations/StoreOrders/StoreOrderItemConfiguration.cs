using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHelp.Core.StoreOrders;

namespace PartnerHelp.Infrastructure.Persistence.Configurations;

/// <summary>Lines of store orders (part of the order's aggregate); the cancellation time is the version token.</summary>
internal sealed class StoreOrderItemConfiguration : IEntityTypeConfiguration<StoreOrderItem>
{
    public void Configure(EntityTypeBuilder<StoreOrderItem> builder)
    {
        builder.ToTable("store_order_items");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).HasMaxLength(40);
        builder.Property(x => x.OrderId).HasMaxLength(32);
        builder.Property(x => x.PartnerId).HasMaxLength(64);
        builder.Property(x => x.ProductName).HasMaxLength(200);
        builder.Property(x => x.Currency).HasMaxLength(3);
        builder.Ignore(x => x.Price);
        builder.Property(x => x.CancelledAt).IsConcurrencyToken();
        builder.HasOne<StoreOrder>().WithMany().HasForeignKey(x => x.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(x => x.OrderId);
    }
}
