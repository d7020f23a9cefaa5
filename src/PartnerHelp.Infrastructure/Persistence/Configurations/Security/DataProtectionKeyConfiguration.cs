using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHelp.Infrastructure.Security;

namespace PartnerHelp.Infrastructure.Persistence.Configurations;

/// <summary>
/// The data protection key ring every node shares, stored by Microsoft.AspNetCore.DataProtection.EntityFrameworkCore in
/// the table the keys were always in (its rows carried over by the migration that gave the table the package's key).
/// </summary>
internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> builder)
    {
        builder.ToTable("data_protection_keys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.FriendlyName).HasMaxLength(DataProtectionKeys.MaxFriendlyNameLength);
    }
}
