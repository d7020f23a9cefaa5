using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHelp.Infrastructure.Identity;

namespace PartnerHelp.Infrastructure.Persistence.Configurations;

/// <summary>Identity's user table, with the partner and profile columns PartnerHelp adds.</summary>
internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.Property(u => u.PartnerId).HasMaxLength(64);
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.Property(u => u.PreferredCulture).HasMaxLength(16);
        builder.HasIndex(u => u.PartnerId);
    }
}
