using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHelp.Infrastructure.Bot;

namespace PartnerHelp.Infrastructure.Persistence.Configurations;

/// <summary>A conversation's Direct Line tokens (hashed); deleted with the conversation.</summary>
internal sealed class BotTokenConfiguration : IEntityTypeConfiguration<BotToken>
{
    public void Configure(EntityTypeBuilder<BotToken> builder)
    {
        builder.ToTable("bot_tokens");
        builder.HasKey(t => t.Hash);
        builder.Property(t => t.Hash).HasMaxLength(64);
        builder.Property(t => t.ConversationId).HasMaxLength(BotConversation.MaxIdLength);
        builder.HasIndex(t => t.ExpiresAt);
        builder.HasOne<BotConversation>().WithMany().HasForeignKey(t => t.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }
}
