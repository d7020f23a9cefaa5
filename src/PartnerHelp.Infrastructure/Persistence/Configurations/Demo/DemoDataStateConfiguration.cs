using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHelp.Infrastructure.Demo;

namespace PartnerHelp.Infrastructure.Persistence.Configurations;

/// <summary>The one row saying what the demo data was last brought up to.</summary>
internal sealed class DemoDataStateConfiguration : IEntityTypeConfiguration<DemoDataState>
{
    public void Configure(EntityTypeBuilder<DemoDataState> builder)
    {
        builder.ToTable("demo_state");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Catalog).HasMaxLength(64);
    }
}
