using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using PartnerHelp.Core.Accounts;
using PartnerHelp.Core.Tickets;
using PartnerHelp.Infrastructure.Memberships;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Infrastructure.Tickets;

/// <summary>
/// A partner's support tickets. Any member of the partner may open and read them; an order named on a
/// ticket must be visible to the requester (<see cref="PartnerOrders"/>), so another partner's order is
/// indistinguishable from an unknown one.
/// </summary>
public sealed class SupportTickets(PartnerHelpDbContext db, PartnerOrders orders, TimeProvider time)
{
    private const int MaxAttempts = 5;

    /// <summary>The partner's tickets, newest first.</summary>
    public async Task<IReadOnlyList<SupportTicket>> ListAsync(Requester requester, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requester);
        if (requester.PartnerId is null)
        {
            return [];
        }

        return await db.SupportTickets.AsNoTracking()
            .Where(t => t.PartnerId == requester.PartnerId)
            .OrderByDescending(t => t.OpenedAt)
            .ThenByDescending(t => t.Reference)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Opens a ticket for the requester's partner.</summary>
    public async Task<TicketOpenResult> OpenAsync(Requester requester, TicketRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requester);
        ArgumentNullException.ThrowIfNull(request);
        if (requester.PartnerId is null || requester.UserId is null
            || string.IsNullOrWhiteSpace(request.Subject) || request.Subject.Trim().Length > SupportTicket.MaxSubjectLength
            || string.IsNullOrWhiteSpace(request.Description) || request.Description.Trim().Length > SupportTicket.MaxDescriptionLength
            || request.SubmissionKey is { Length: > SupportTicket.MaxSubmissionKeyLength })
        {
            return new TicketOpenResult(TicketOpenStatus.InvalidInput);
        }

        if (await FindSubmissionAsync(requester.PartnerId, request.SubmissionKey, cancellationToken) is { } earlier)
        {
            return new TicketOpenResult(TicketOpenStatus.AlreadyOpened, earlier);
        }

        string? orderId = null;
        if (!string.IsNullOrWhiteSpace(request.OrderId))
        {
            var view = await orders.FindAsync(request.OrderId.Trim(), requester, cancellationToken);
            if (view is null)
            {
                return new TicketOpenResult(TicketOpenStatus.OrderNotFound);
            }

            orderId = view.Order.Id;
        }

        for (var attempt = 1; ; attempt++)
        {
            var now = time.GetUtcNow();
            var ticket = SupportTicket.Open(NewReference(now), requester.PartnerId, orderId, requester.UserId, request.Subject, request.Description, request.Culture, request.SubmissionKey, now);
            db.SupportTickets.Add(ticket);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new TicketOpenResult(TicketOpenStatus.Opened, ticket);
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                // Either a concurrent submit of the same form won (its ticket is the answer) or the random
                // reference collided (draw another). Nothing of ours was written.
                db.ChangeTracker.Clear();
                if (await FindSubmissionAsync(requester.PartnerId, request.SubmissionKey, cancellationToken) is { } winner)
                {
                    return new TicketOpenResult(TicketOpenStatus.AlreadyOpened, winner);
                }
            }
        }
    }

    private Task<SupportTicket?> FindSubmissionAsync(string partnerId, string? submissionKey, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(submissionKey)
            ? Task.FromResult<SupportTicket?>(null)
            : db.SupportTickets.AsNoTracking().SingleOrDefaultAsync(t => t.PartnerId == partnerId && t.SubmissionKey == submissionKey, cancellationToken);

    /// <summary>SR-yyMMdd-NNNNNN: the day helps support, the random part keeps numbers unguessable across partners.</summary>
    private static string NewReference(DateTimeOffset now) =>
        string.Create(CultureInfo.InvariantCulture, $"SR-{now.UtcDateTime:yyMMdd}-{RandomNumberGenerator.GetInt32(0, 1_000_000):D6}");
}
