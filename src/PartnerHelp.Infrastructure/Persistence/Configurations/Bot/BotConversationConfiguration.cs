using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHelp.Infrastructure.Bot;

namespace PartnerHelp.Infrastructure.Persistence.Configurations;

/// <summary>The help bot's conversations.</summary>
internal sealed class BotConversationConfiguration : IEntityTypeConfiguration<BotConversation>
{
    public void Configure(EntityTypeBuilder<BotConversation> builder)
    {
        builder.ToTable("bot_conversations");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasMaxLength(BotConversation.MaxIdLength);
        builder.Property(c => c.ChannelId).HasMaxLength(32);
        builder.Property(c => c.UserId).HasMaxLength(450);
        builder.Property(c => c.Locale).HasMaxLength(16);
        builder.Property(c => c.PendingIntent).HasMaxLength(32);
        builder.HasIndex(c => c.LastActivityAt);
    }
}
