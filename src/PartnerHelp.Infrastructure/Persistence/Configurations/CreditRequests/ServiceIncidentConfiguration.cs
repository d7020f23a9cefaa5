using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHelp.Core.CreditRequests;

namespace PartnerHelp.Infrastructure.Persistence.Configurations;

/// <summary>Incidents credit requests refer to.</summary>
internal sealed class ServiceIncidentConfiguration : IEntityTypeConfiguration<ServiceIncident>
{
    public void Configure(EntityTypeBuilder<ServiceIncident> builder)
    {
        builder.ToTable("service_incidents");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).HasMaxLength(32);
        builder.Property(x => x.PartnerId).HasMaxLength(64);
        builder.Property(x => x.CustomerName).HasMaxLength(200);
        builder.Property(x => x.Title).HasMaxLength(300);
        builder.HasIndex(x => x.PartnerId);
    }
}
