using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHelp.Core.Reservations;

namespace PartnerHelp.Infrastructure.Persistence.Configurations;

/// <summary>Customers' Azure reservations.</summary>
internal sealed class ReservationConfiguration : IEntityTypeConfiguration<Reservation>
{
    public void Configure(EntityTypeBuilder<Reservation> builder)
    {
        builder.ToTable("reservations");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).HasMaxLength(64);
        builder.Property(x => x.OrderId).HasMaxLength(64);
        builder.Property(x => x.PartnerId).HasMaxLength(64);
        builder.Property(x => x.CustomerId).HasMaxLength(64);
        builder.Property(x => x.CustomerName).HasMaxLength(200);
        builder.Property(x => x.Type).HasConversion<string>().HasMaxLength(32);
        builder.Property(x => x.SkuName).HasMaxLength(100);
        builder.Property(x => x.Region).HasMaxLength(64);
        builder.Property(x => x.Currency).HasMaxLength(3);
        builder.Property(x => x.Scope).HasConversion<string>().HasMaxLength(32);
        builder.Property(x => x.ScopeSubscriptionId).HasMaxLength(64);
        builder.Property(x => x.UtilizationPercent).HasPrecision(5, 2);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(32);
        builder.Ignore(x => x.Price);
        builder.Ignore(x => x.TermStart);
        builder.Ignore(x => x.ExpiresOn);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.HasOne<CspCustomer>().WithMany().HasForeignKey(x => x.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => new { x.PartnerId, x.CustomerId });
    }
}
