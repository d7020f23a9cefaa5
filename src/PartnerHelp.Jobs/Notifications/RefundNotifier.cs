using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PartnerHelp.Core.Accounts;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Core.Partners;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Infrastructure.Identity;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Jobs.Notifications;

/// <summary>
/// Partner notifications: an in-app row (unique per kind and subject) plus an e-mail to the partner's
/// admins in the partner's language, written to the pickup folder.
/// </summary>
public sealed class RefundNotifier(PartnerHelpDbContext db, UserManager<ApplicationUser> users, IRefundMessages messages, MailPickup mail, TimeProvider time)
{
    /// <summary>Writes the refund-completed mail and returns the notification row to save, or null when it exists already.</summary>
    public async Task<PartnerNotification?> PrepareRefundCompletedAsync(Refund refund, string? culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(refund);
        if (await AudienceUnlessNotifiedAsync(refund.PartnerId, NotificationKinds.RefundCompleted, refund.Id, cancellationToken) is not (var partner, var recipients, var preferred))
        {
            return null;
        }

        var language = Pick(culture, preferred);
        var file = await mail.WriteAsync($"{NotificationKinds.RefundCompleted}-{refund.Id}", recipients, messages.RefundCompleted(refund, partner, language), cancellationToken);
        return New(refund.PartnerId, NotificationKinds.RefundCompleted, refund.Id, language, file);
    }

    /// <summary>Writes the window-closing mail and returns the notification row to save, or null when it exists already.</summary>
    public async Task<PartnerNotification?> PrepareWindowClosingAsync(MembershipOrder order, DateTimeOffset windowEndsAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (await AudienceUnlessNotifiedAsync(order.PartnerId, NotificationKinds.CancelWindowClosing, order.Id, cancellationToken) is not (var partner, var recipients, var preferred))
        {
            return null;
        }

        var language = Pick(null, preferred);
        var file = await mail.WriteAsync($"{NotificationKinds.CancelWindowClosing}-{order.Id}", recipients, messages.WindowClosing(order, partner, windowEndsAt, language), cancellationToken);
        return New(order.PartnerId, NotificationKinds.CancelWindowClosing, order.Id, language, file);
    }

    /// <summary>
    /// Writes a mail about <paramref name="subject"/> to the partner's admins and to <paramref name="actor"/> (the
    /// person who acted, by user id or e-mail, when known) and returns the notification row to save, or null when
    /// a notification of that kind and subject exists already. The language is <paramref name="culture"/>, else the
    /// actor's preference, else the admins'. The mail's file is named after kind and subject, so a retry after a
    /// crash rewrites the same file instead of sending a second mail.
    /// </summary>
    public async Task<PartnerNotification?> PrepareAsync(string kind, string subject, string partnerId, string? culture, string? actor, Func<Partner, string, MailMessageText> compose, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(compose);
        if (await AudienceUnlessNotifiedAsync(partnerId, kind, subject, cancellationToken) is not (var partner, var recipients, var preferred))
        {
            return null;
        }

        var person = string.IsNullOrWhiteSpace(actor) ? null : await users.FindByIdAsync(actor) ?? await users.FindByEmailAsync(actor);
        var actorEmail = person?.PartnerId == partnerId ? person.Email : actor is not null && actor.Contains('@', StringComparison.Ordinal) ? actor : null;
        if (actorEmail is not null && !recipients.Contains(actorEmail, StringComparer.OrdinalIgnoreCase))
        {
            recipients.Add(actorEmail);
        }

        var language = Pick(culture, person?.PartnerId == partnerId && !string.IsNullOrWhiteSpace(person.PreferredCulture) ? person.PreferredCulture : preferred);
        var file = await mail.WriteAsync($"{kind}-{subject}", recipients, compose(partner, language), cancellationToken);
        return New(partnerId, kind, subject, language, file);
    }

    /// <summary>
    /// The partner with its admins' e-mails (in order) and the first admin language preference, or null when a
    /// notification of <paramref name="kind"/> about <paramref name="subject"/> exists already. One query for all of it:
    /// each is a round trip on PostgreSQL, on every refund's settlement (UserManager.GetUsersInRoleAsync would also read
    /// every partner's admins).
    /// </summary>
    private async Task<Audience?> AudienceUnlessNotifiedAsync(string partnerId, string kind, string subject, CancellationToken cancellationToken)
    {
        var role = PartnerRoles.MpnAdmin.ToUpperInvariant();
        var found = await db.Partners.AsNoTracking()
            .Where(p => p.Id == partnerId)
            .Select(p => new
            {
                Partner = p,
                Notified = db.PartnerNotifications.Any(n => n.Kind == kind && n.Subject == subject),
                Admins = db.Users
                    .Where(u => u.PartnerId == p.Id && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == role)))
                    .Select(u => new { u.Email, u.PreferredCulture })
                    .ToList(),
            })
            .SingleAsync(cancellationToken);
        if (found.Notified)
        {
            return null;
        }

        var admins = found.Admins.OrderBy(a => a.Email, StringComparer.Ordinal).ToList();
        return new Audience(
            found.Partner,
            [.. admins.Select(a => a.Email).OfType<string>()],
            admins.Select(a => a.PreferredCulture).FirstOrDefault(c => !string.IsNullOrEmpty(c)));
    }

    /// <summary>The person who acted chose a language; otherwise the partner admin's preference; otherwise English.</summary>
    private static string Pick(string? culture, string? preferred) =>
        !string.IsNullOrWhiteSpace(culture) ? culture : !string.IsNullOrWhiteSpace(preferred) ? preferred : "en";

    private PartnerNotification New(string partnerId, string kind, string subject, string culture, string file) => new()
    {
        Id = Guid.NewGuid(),
        PartnerId = partnerId,
        Kind = kind,
        Subject = subject,
        Culture = culture,
        CreatedAt = time.GetUtcNow(),
        EmailFile = file,
    };

    private sealed record Audience(Partner Partner, List<string> Emails, string? Culture);
}
