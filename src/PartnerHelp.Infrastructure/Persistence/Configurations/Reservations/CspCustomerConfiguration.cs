using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHelp.Core.Reservations;

namespace PartnerHelp.Infrastructure.Persistence.Configurations;

/// <summary>CSP partners' customers.</summary>
internal sealed class CspCustomerConfiguration : IEntityTypeConfiguration<CspCustomer>
{
    public void Configure(EntityTypeBuilder<CspCustomer> builder)
    {
        builder.ToTable("csp_customers");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).HasMaxLength(64);
        builder.Property(x => x.PartnerId).HasMaxLength(64);
        builder.Property(x => x.Name).HasMaxLength(200);
        builder.Property(x => x.Domain).HasMaxLength(200);
        builder.Property(x => x.SubscriptionType).HasConversion<string>().HasMaxLength(32);
        builder.Ignore(x => x.IsCsp);
        builder.HasIndex(x => x.PartnerId);
    }
}
