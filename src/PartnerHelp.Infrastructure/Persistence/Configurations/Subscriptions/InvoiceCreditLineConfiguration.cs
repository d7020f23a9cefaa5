using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHelp.Core.Billing;

namespace PartnerHelp.Infrastructure.Persistence.Configurations;

/// <summary>Credits on the next invoice; one per source event.</summary>
internal sealed class InvoiceCreditLineConfiguration : IEntityTypeConfiguration<InvoiceCreditLine>
{
    public void Configure(EntityTypeBuilder<InvoiceCreditLine> builder)
    {
        builder.ToTable("invoice_credit_lines");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.PartnerId).HasMaxLength(64);
        builder.Property(x => x.Source).HasConversion<string>().HasMaxLength(32);
        builder.Property(x => x.SourceId).HasMaxLength(64);
        builder.Property(x => x.Currency).HasMaxLength(3);
        builder.Property(x => x.InvoicePeriod).HasMaxLength(7);
        builder.HasIndex(x => new { x.PartnerId, x.InvoicePeriod });
        builder.HasIndex(x => new { x.Source, x.SourceId }).IsUnique();
    }
}
