using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHelp.Infrastructure.Bot;

namespace PartnerHelp.Infrastructure.Persistence.Configurations;

/// <summary>A conversation's Direct Line activity log (its watermarks); deleted with the conversation.</summary>
internal sealed class BotActivityRecordConfiguration : IEntityTypeConfiguration<BotActivityRecord>
{
    public void Configure(EntityTypeBuilder<BotActivityRecord> builder)
    {
        builder.ToTable("bot_activities");
        builder.HasKey(a => new { a.ConversationId, a.Sequence });
        builder.Property(a => a.ConversationId).HasMaxLength(BotConversation.MaxIdLength);
        builder.Property(a => a.ActivityId).HasMaxLength(120);
        builder.HasOne<BotConversation>().WithMany().HasForeignKey(a => a.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }
}
