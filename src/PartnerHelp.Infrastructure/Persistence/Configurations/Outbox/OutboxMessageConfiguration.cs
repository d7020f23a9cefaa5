using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHelp.Core.Outbox;

namespace PartnerHelp.Infrastructure.Persistence.Configurations;

/// <summary>Work waiting to be dispatched to background jobs.</summary>
internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Type).HasMaxLength(64);
        builder.Property(m => m.Subject).HasMaxLength(128);
        builder.Property(m => m.Culture).HasMaxLength(16);
        builder.Property(m => m.LastError).HasMaxLength(2000);
        builder.HasIndex(m => new { m.DispatchedAt, m.CreatedAt });
    }
}
