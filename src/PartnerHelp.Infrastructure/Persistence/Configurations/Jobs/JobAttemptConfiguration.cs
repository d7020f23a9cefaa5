using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHelp.Infrastructure.Jobs;

namespace PartnerHelp.Infrastructure.Persistence.Configurations;

/// <summary>Every run of a background job, with its full exception.</summary>
internal sealed class JobAttemptConfiguration : IEntityTypeConfiguration<JobAttempt>
{
    public void Configure(EntityTypeBuilder<JobAttempt> builder)
    {
        builder.ToTable("job_attempts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.JobGroup).HasMaxLength(150);
        builder.Property(a => a.JobName).HasMaxLength(150);
        builder.Property(a => a.TriggerName).HasMaxLength(150);
        builder.Property(a => a.FireInstanceId).HasMaxLength(140);
        builder.Property(a => a.SchedulerInstanceId).HasMaxLength(200);
        builder.Property(a => a.Outcome).HasMaxLength(32);
        builder.Property(a => a.Summary).HasMaxLength(1000);
        builder.Property(a => a.ExceptionType).HasMaxLength(400);
        builder.Property(a => a.ExceptionMessage).HasMaxLength(4000);
        builder.HasIndex(a => new { a.JobGroup, a.JobName, a.StartedAt });
        builder.HasIndex(a => a.StartedAt);
    }
}
