using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHelp.Infrastructure.Jobs;

namespace PartnerHelp.Infrastructure.Persistence.Configurations;

/// <summary>Operators' actions on the jobs dashboard.</summary>
internal sealed class JobAuditEntryConfiguration : IEntityTypeConfiguration<JobAuditEntry>
{
    public void Configure(EntityTypeBuilder<JobAuditEntry> builder)
    {
        builder.ToTable("job_audit_log");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.ActorId).HasMaxLength(450);
        builder.Property(e => e.ActorName).HasMaxLength(256);
        builder.Property(e => e.Action).HasMaxLength(64);
        builder.Property(e => e.Target).HasMaxLength(320);
        builder.Property(e => e.Outcome).HasMaxLength(64);
        builder.Property(e => e.Detail).HasMaxLength(2000);
        builder.HasIndex(e => e.At);
    }
}
