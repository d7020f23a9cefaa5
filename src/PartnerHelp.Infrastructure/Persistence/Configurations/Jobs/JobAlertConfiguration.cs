using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHelp.Infrastructure.Jobs;

namespace PartnerHelp.Infrastructure.Persistence.Configurations;

/// <summary>Alerts for operators (reconciliation mismatches, refunds near the 30-day promise).</summary>
internal sealed class JobAlertConfiguration : IEntityTypeConfiguration<JobAlert>
{
    public void Configure(EntityTypeBuilder<JobAlert> builder)
    {
        builder.ToTable("job_alerts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Kind).HasMaxLength(64);
        builder.Property(a => a.Subject).HasMaxLength(128);
        builder.Property(a => a.Detail).HasMaxLength(1000);
        builder.HasIndex(a => new { a.Kind, a.Subject, a.ResolvedAt });
    }
}
