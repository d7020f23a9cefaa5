using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHelp.Infrastructure.Jobs;

namespace PartnerHelp.Infrastructure.Persistence.Configurations;

/// <summary>In-app notifications for partners, one per kind and subject.</summary>
internal sealed class PartnerNotificationConfiguration : IEntityTypeConfiguration<PartnerNotification>
{
    public void Configure(EntityTypeBuilder<PartnerNotification> builder)
    {
        builder.ToTable("partner_notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.PartnerId).HasMaxLength(64);
        builder.Property(n => n.Kind).HasMaxLength(64);
        builder.Property(n => n.Subject).HasMaxLength(128);
        builder.Property(n => n.Culture).HasMaxLength(16);
        builder.Property(n => n.EmailFile).HasMaxLength(400);
        builder.HasIndex(n => new { n.Kind, n.Subject }).IsUnique();
        builder.HasIndex(n => new { n.PartnerId, n.CreatedAt });
    }
}
