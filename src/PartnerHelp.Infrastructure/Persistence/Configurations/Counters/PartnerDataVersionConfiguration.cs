using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHelp.Infrastructure.Persistence.Counters;

namespace PartnerHelp.Infrastructure.Persistence.Configurations;

/// <summary>Per-partner change numbers (kept by <see cref="ChangeCountersInterceptor"/>).</summary>
internal sealed class PartnerDataVersionConfiguration : IEntityTypeConfiguration<PartnerDataVersion>
{
    public void Configure(EntityTypeBuilder<PartnerDataVersion> builder)
    {
        builder.ToTable("partner_versions");
        builder.HasKey(v => v.PartnerId);
        builder.Property(v => v.PartnerId).HasMaxLength(64);
    }
}
