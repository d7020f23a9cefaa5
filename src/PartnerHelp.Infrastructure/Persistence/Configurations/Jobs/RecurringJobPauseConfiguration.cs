using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHelp.Infrastructure.Jobs;

namespace PartnerHelp.Infrastructure.Persistence.Configurations;

/// <summary>Maps <see cref="RecurringJobPause"/> to <c>recurring_job_pauses</c>: one row per paused recurring job.</summary>
internal sealed class RecurringJobPauseConfiguration : IEntityTypeConfiguration<RecurringJobPause>
{
    public void Configure(EntityTypeBuilder<RecurringJobPause> builder)
    {
        builder.ToTable("recurring_job_pauses");
        builder.HasKey(p => p.JobId);
        builder.Property(p => p.JobId).HasMaxLength(RecurringJobPause.MaxJobIdLength);
        builder.Property(p => p.PausedBy).HasMaxLength(256);
    }
}
