using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHelp.Infrastructure.Demo;

namespace PartnerHelp.Infrastructure.Persistence.Configurations;

/// <summary>The demo rows the seeder keeps at their ages, by kind and id.</summary>
internal sealed class DemoItemConfiguration : IEntityTypeConfiguration<DemoItem>
{
    public void Configure(EntityTypeBuilder<DemoItem> builder)
    {
        builder.ToTable("demo_items");
        builder.HasKey(i => new { i.Kind, i.ItemId });
        builder.Property(i => i.Kind).HasMaxLength(32);
        builder.Property(i => i.ItemId).HasMaxLength(64);
    }
}
