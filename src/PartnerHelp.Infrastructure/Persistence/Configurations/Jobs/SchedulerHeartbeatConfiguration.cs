using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHelp.Infrastructure.Jobs;

namespace PartnerHelp.Infrastructure.Persistence.Configurations;

/// <summary>Scheduler instances' heartbeats.</summary>
internal sealed class SchedulerHeartbeatConfiguration : IEntityTypeConfiguration<SchedulerHeartbeat>
{
    public void Configure(EntityTypeBuilder<SchedulerHeartbeat> builder)
    {
        builder.ToTable("scheduler_heartbeats");
        builder.HasKey(h => h.InstanceId);
        builder.Property(h => h.InstanceId).HasMaxLength(200);
        builder.Property(h => h.SchedulerName).HasMaxLength(200);
        builder.Property(h => h.HostName).HasMaxLength(200);
    }
}
