using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHelp.Core.CreditRequests;

namespace PartnerHelp.Infrastructure.Persistence.Configurations;

/// <summary>Submitted credit requests and their review.</summary>
internal sealed class CreditRequestConfiguration : IEntityTypeConfiguration<CreditRequest>
{
    public void Configure(EntityTypeBuilder<CreditRequest> builder)
    {
        builder.ToTable("credit_requests");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).HasMaxLength(32);
        builder.Property(x => x.PartnerId).HasMaxLength(64);
        builder.Property(x => x.IncidentId).HasMaxLength(32);
        builder.Property(x => x.CustomerName).HasMaxLength(200);
        builder.Property(x => x.Category).HasConversion<string>().HasMaxLength(32);
        builder.Property(x => x.Description).HasMaxLength(CreditRequest.MaxDescriptionLength);
        builder.Property(x => x.WrittenRequest).HasMaxLength(CreditRequest.MaxWrittenRequestLength);
        builder.Property(x => x.FormFileName).HasMaxLength(255);
        builder.Property(x => x.FormContentType).HasMaxLength(100);
        builder.Property(x => x.SubmittedBy).HasMaxLength(450);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(x => x.DecisionReason).HasConversion<string>().HasMaxLength(32);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.HasIndex(x => new { x.PartnerId, x.SubmittedAt });
        builder.HasIndex(x => new { x.Status, x.StatusChangedAt });
    }
}
