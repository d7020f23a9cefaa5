using Microsoft.EntityFrameworkCore;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Jobs.Refunds;

/// <summary>Opens operator alerts, at most one open per (kind, subject). Changes are saved by the caller.</summary>
public static class AlertBook
{
    /// <summary>Adds the alert unless one of the same kind is open for the subject; true when added.</summary>
    public static async Task<bool> OpenAsync(PartnerHelpDbContext db, string kind, string subject, string? detail, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var pending = db.JobAlerts.Local.Any(a => a.Kind == kind && a.Subject == subject && a.ResolvedAt == null);
        if (pending || await db.JobAlerts.AnyAsync(a => a.Kind == kind && a.Subject == subject && a.ResolvedAt == null, cancellationToken))
        {
            return false;
        }

        db.JobAlerts.Add(new JobAlert { Id = Guid.NewGuid(), Kind = kind, Subject = subject, Detail = detail, CreatedAt = now });
        return true;
    }
}
