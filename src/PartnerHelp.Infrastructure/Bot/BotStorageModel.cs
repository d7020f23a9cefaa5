using Microsoft.EntityFrameworkCore;

namespace PartnerHelp.Infrastructure.Bot;

/// <summary>Maps the help bot's conversations, activities and tokens (schema script 0004).</summary>
public static class BotStorageModel
{
    /// <summary>Adds the bot tables to the model.</summary>
    public static void Configure(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Entity<BotConversation>(conversation =>
        {
            conversation.ToTable("bot_conversations");
            conversation.HasKey(c => c.Id);
            conversation.Property(c => c.Id).HasMaxLength(BotConversation.MaxIdLength);
            conversation.Property(c => c.ChannelId).HasMaxLength(32);
            conversation.Property(c => c.UserId).HasMaxLength(450);
            conversation.Property(c => c.Locale).HasMaxLength(16);
            conversation.Property(c => c.PendingIntent).HasMaxLength(32);
            conversation.HasIndex(c => c.LastActivityAt);
        });

        builder.Entity<BotActivityRecord>(activity =>
        {
            activity.ToTable("bot_activities");
            activity.HasKey(a => new { a.ConversationId, a.Sequence });
            activity.Property(a => a.ConversationId).HasMaxLength(BotConversation.MaxIdLength);
            activity.Property(a => a.ActivityId).HasMaxLength(120);
            activity.HasOne<BotConversation>().WithMany().HasForeignKey(a => a.ConversationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<BotToken>(token =>
        {
            token.ToTable("bot_tokens");
            token.HasKey(t => t.Hash);
            token.Property(t => t.Hash).HasMaxLength(64);
            token.Property(t => t.ConversationId).HasMaxLength(BotConversation.MaxIdLength);
            token.HasIndex(t => t.ExpiresAt);
            token.HasOne<BotConversation>().WithMany().HasForeignKey(t => t.ConversationId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
