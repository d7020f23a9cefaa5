using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerHelp.Core.CreditRequests;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Jobs.Notifications;

namespace PartnerHelp.Jobs.Recurring;

/// <summary>
/// Moves credit requests along: Submitted → UnderReview once <see cref="JobsOptions.CreditReviewDelay"/> has
/// passed since filing, then Approved or Rejected by <see cref="CreditReviewPolicy"/> once
/// <see cref="JobsOptions.CreditDecisionDelay"/> has passed since the review started. Each transition is saved
/// together with its partner notification (unique per kind and request), and the e-mail file is named after
/// both, so a run that crashes and runs again neither skips nor repeats a step or a mail.
/// </summary>
public sealed class CreditReviews(PartnerHelpDbContext db, RefundNotifier notifier, IRefundMessages messages, IOptions<JobsOptions> options, TimeProvider time)
{
    /// <summary>Most requests moved per run, so one run stays short.</summary>
    public const int BatchSize = 100;

    /// <summary>Moves every request that is due; returns how many transitions were made.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var moved = 0;
        var reviewFrom = now - options.Value.CreditReviewDelay;
        var decideFrom = now - options.Value.CreditDecisionDelay;

        // The due filters run in memory: DateTimeOffset comparisons are not translated the same on every provider.
        var open = await db.CreditRequests
            .Where(r => r.Status == CreditRequestStatus.Submitted || r.Status == CreditRequestStatus.UnderReview)
            .OrderBy(r => r.StatusChangedAt)
            .Take(BatchSize * 4)
            .ToListAsync(cancellationToken);
        foreach (var request in open.Take(BatchSize))
        {
            if (request.Status == CreditRequestStatus.Submitted && request.SubmittedAt <= reviewFrom)
            {
                request.MoveTo(CreditRequestStatus.UnderReview, now);
                moved += await SaveWithNoticeAsync(request, NotificationKinds.CreditRequestUnderReview, cancellationToken);
            }
            else if (request.Status == CreditRequestStatus.UnderReview && (request.ReviewStartedAt ?? request.StatusChangedAt) <= decideFrom)
            {
                var incident = request.IncidentId is null ? null : await db.ServiceIncidents.AsNoTracking().SingleOrDefaultAsync(i => i.Id == request.IncidentId, cancellationToken);
                var rejection = CreditReviewPolicy.Decide(request, incident);
                request.MoveTo(rejection is null ? CreditRequestStatus.Approved : CreditRequestStatus.Rejected, now, rejection);
                moved += await SaveWithNoticeAsync(request, rejection is null ? NotificationKinds.CreditRequestApproved : NotificationKinds.CreditRequestRejected, cancellationToken);
            }
        }

        return moved;
    }

    private async Task<int> SaveWithNoticeAsync(CreditRequest request, string kind, CancellationToken cancellationToken)
    {
        var notification = await notifier.PrepareAsync(kind, request.Id, request.PartnerId, null, request.SubmittedBy,
            (partner, culture) => messages.CreditRequestStatusChanged(request, partner, culture), cancellationToken);
        if (notification is not null)
        {
            db.PartnerNotifications.Add(notification);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return 1;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another node moved it first (the version changed): its transition and notice stand.
            db.ChangeTracker.Clear();
            return 0;
        }
    }
}
