using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHelp.Core.Partners;
using PartnerHelp.Core.Tickets;

namespace PartnerHelp.Infrastructure.Persistence.Configurations;

/// <summary>Partners' support tickets; a double-submitted form opens one (submission key, unique per partner).</summary>
internal sealed class SupportTicketConfiguration : IEntityTypeConfiguration<SupportTicket>
{
    public void Configure(EntityTypeBuilder<SupportTicket> builder)
    {
        builder.ToTable("support_tickets");
        builder.HasKey(t => t.Reference);
        builder.Property(t => t.Reference).HasMaxLength(32);
        builder.Property(t => t.PartnerId).HasMaxLength(64);
        builder.Property(t => t.OrderId).HasMaxLength(32);
        builder.Property(t => t.OpenedBy).HasMaxLength(450);
        builder.Property(t => t.Subject).HasMaxLength(SupportTicket.MaxSubjectLength);
        builder.Property(t => t.Description).HasMaxLength(SupportTicket.MaxDescriptionLength);
        builder.Property(t => t.Culture).HasMaxLength(16);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(t => t.SubmissionKey).HasMaxLength(SupportTicket.MaxSubmissionKeyLength);
        builder.HasOne<Partner>().WithMany().HasForeignKey(t => t.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.PartnerId, t.OpenedAt });
        builder.HasIndex(t => new { t.PartnerId, t.SubmissionKey }).IsUnique();
    }
}
