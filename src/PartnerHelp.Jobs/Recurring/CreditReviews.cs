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
    /// <summary>Most requests moved per run, so one run stays short (the rest move on the next run).</summary>
    public const int BatchSize = 100;

    /// <summary>Moves every request that is due; returns how many transitions were made.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var moved = 0;
        var reviewFrom = now - options.Value.CreditReviewDelay;
        var decideFrom = now - options.Value.CreditDecisionDelay;

        // Open claims are few (they are decided within days); the due filters run in memory because
        // DateTimeOffset comparisons are not translated alike on every provider.
        var open = await db.CreditRequests
            .Where(r => r.Status == CreditRequestStatus.Submitted || r.Status == CreditRequestStatus.UnderReview)
            .OrderBy(r => r.StatusChangedAt)
            .ToListAsync(cancellationToken);
        var due = open.Where(r => r.Status == CreditRequestStatus.Submitted ? r.SubmittedAt <= reviewFrom : (r.ReviewStartedAt ?? r.StatusChangedAt) <= decideFrom);
        foreach (var request in due.Take(BatchSize).ToList())
        {
            if (request.Status == CreditRequestStatus.Submitted)
            {
                request.MoveTo(CreditRequestStatus.UnderReview, now);
                if (!await SaveWithNoticeAsync(request, NotificationKinds.CreditRequestUnderReview, cancellationToken))
                {
                    break;
                }
            }
            else
            {
                var incident = request.IncidentId is null ? null : await db.ServiceIncidents.AsNoTracking().SingleOrDefaultAsync(i => i.Id == request.IncidentId, cancellationToken);
                var rejection = CreditReviewPolicy.Decide(request, incident);
                request.MoveTo(rejection is null ? CreditRequestStatus.Approved : CreditRequestStatus.Rejected, now, rejection);
                if (!await SaveWithNoticeAsync(request, rejection is null ? NotificationKinds.CreditRequestApproved : NotificationKinds.CreditRequestRejected, cancellationToken))
                {
                    break;
                }
            }

            moved++;
        }

        return moved;
    }

    /// <summary>Saves the transition with its notice; false when another node moved the request first (the context is then cleared, so the run stops).</summary>
    private async Task<bool> SaveWithNoticeAsync(CreditRequest request, string kind, CancellationToken cancellationToken)
    {
        var notification = await notifier.PrepareAsync(kind, request.Id, request.PartnerId, null, request.SubmittedBy,
            (partner, culture) => messages.CreditRequestStatusChanged(request, partner, culture), cancellationToken);
        if (notification is not null)
        {
            db.PartnerNotifications.Add(notification);
        }

        // False when another node moved it first (the version or the unique notice clashed): its transition and notice stand.
        return await db.TrySaveChangesAsync(cancellationToken);
    }
}
