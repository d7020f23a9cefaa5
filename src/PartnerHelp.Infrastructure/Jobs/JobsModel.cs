using Microsoft.EntityFrameworkCore;

namespace PartnerHelp.Infrastructure.Jobs;

/// <summary>The tables of background processing: processor ledger, job attempts, notifications, audit log, alerts, recurring job pauses.</summary>
public static class JobsModel
{
    /// <summary>Maps the background-processing records (schema script 0003).</summary>
    public static void Configure(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Entity<PayoutLedgerEntry>(entry =>
        {
            entry.ToTable("payout_ledger");
            entry.HasKey(e => e.IdempotencyKey);
            entry.Property(e => e.IdempotencyKey).HasMaxLength(128);
            entry.Property(e => e.RefundId).HasMaxLength(40);
            entry.Property(e => e.Reference).HasMaxLength(64);
            entry.Property(e => e.Currency).HasMaxLength(3);
            entry.Property(e => e.Instrument).HasMaxLength(64);
            entry.HasIndex(e => e.RefundId);
        });

        builder.Entity<JobAttempt>(attempt =>
        {
            attempt.ToTable("job_attempts");
            attempt.HasKey(a => a.Id);
            attempt.Property(a => a.JobGroup).HasMaxLength(150);
            attempt.Property(a => a.JobName).HasMaxLength(150);
            attempt.Property(a => a.TriggerName).HasMaxLength(150);
            attempt.Property(a => a.FireInstanceId).HasMaxLength(140);
            attempt.Property(a => a.SchedulerInstanceId).HasMaxLength(200);
            attempt.Property(a => a.Outcome).HasMaxLength(32);
            attempt.Property(a => a.Summary).HasMaxLength(1000);
            attempt.Property(a => a.ExceptionType).HasMaxLength(400);
            attempt.Property(a => a.ExceptionMessage).HasMaxLength(4000);
            attempt.HasIndex(a => new { a.JobGroup, a.JobName, a.StartedAt });
            attempt.HasIndex(a => a.StartedAt);
        });

        builder.Entity<PartnerNotification>(notification =>
        {
            notification.ToTable("partner_notifications");
            notification.HasKey(n => n.Id);
            notification.Property(n => n.PartnerId).HasMaxLength(64);
            notification.Property(n => n.Kind).HasMaxLength(64);
            notification.Property(n => n.Subject).HasMaxLength(128);
            notification.Property(n => n.Culture).HasMaxLength(16);
            notification.Property(n => n.EmailFile).HasMaxLength(400);
            notification.HasIndex(n => new { n.Kind, n.Subject }).IsUnique();
            notification.HasIndex(n => new { n.PartnerId, n.CreatedAt });
        });

        builder.Entity<JobAuditEntry>(entry =>
        {
            entry.ToTable("job_audit_log");
            entry.HasKey(e => e.Id);
            entry.Property(e => e.ActorId).HasMaxLength(450);
            entry.Property(e => e.ActorName).HasMaxLength(256);
            entry.Property(e => e.Action).HasMaxLength(64);
            entry.Property(e => e.Target).HasMaxLength(320);
            entry.Property(e => e.Outcome).HasMaxLength(64);
            entry.Property(e => e.Detail).HasMaxLength(2000);
            entry.HasIndex(e => e.At);
        });

        builder.Entity<RecurringJobPause>(pause =>
        {
            pause.ToTable("recurring_job_pauses");
            pause.HasKey(p => p.JobId);
            pause.Property(p => p.JobId).HasMaxLength(RecurringJobPause.MaxJobIdLength);
            pause.Property(p => p.PausedBy).HasMaxLength(256);
        });

        builder.Entity<JobAlert>(alert =>
        {
            alert.ToTable("job_alerts");
            alert.HasKey(a => a.Id);
            alert.Property(a => a.Kind).HasMaxLength(64);
            alert.Property(a => a.Subject).HasMaxLength(128);
            alert.Property(a => a.Detail).HasMaxLength(1000);
            alert.HasIndex(a => new { a.Kind, a.Subject, a.ResolvedAt });
        });
    }
}
