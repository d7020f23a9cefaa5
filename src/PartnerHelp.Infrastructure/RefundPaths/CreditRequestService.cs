using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using PartnerHelp.Core.Accounts;
using PartnerHelp.Core.CreditRequests;
using PartnerHelp.Core.Eligibility;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Infrastructure.RefundPaths;

/// <summary>
/// Credit requests: the eligibility service decides (deadline, completeness, who may file, Azure
/// credits elsewhere); an accepted request is stored with its form and gets a reference.
/// </summary>
public sealed class CreditRequestService(PartnerHelpDbContext db, PartnerContext partners, IEligibilityService eligibility, TimeProvider time)
{
    /// <summary>Incidents the requester's partner can file for, newest first.</summary>
    public async Task<IReadOnlyList<ServiceIncident>> IncidentsAsync(Requester requester, CancellationToken cancellationToken = default)
    {
        var partner = await partners.ForAsync(requester, cancellationToken);
        return partner is null ? [] : await db.ServiceIncidents.AsNoTracking().Where(i => i.PartnerId == partner.Id).OrderByDescending(i => i.OccurredOn).ToListAsync(cancellationToken);
    }

    /// <summary>The requester's submitted requests, newest first.</summary>
    public async Task<IReadOnlyList<CreditRequest>> ListAsync(Requester requester, CancellationToken cancellationToken = default)
    {
        var partner = await partners.ForAsync(requester, cancellationToken);
        return partner is null ? [] : await db.CreditRequests.AsNoTracking().Where(r => r.PartnerId == partner.Id).OrderByDescending(r => r.SubmittedAt).ToListAsync(cancellationToken);
    }

    /// <summary>Checks and, when every rule holds, stores the request with its form.</summary>
    public async Task<PathActionResult> SubmitAsync(CreditRequestSubmission submission, Requester requester, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var partner = await partners.ForAsync(requester, cancellationToken);
        if (partner is null)
        {
            return PathActionResult.NotFound;
        }

        if (!IsWellFormed(submission))
        {
            return PathActionResult.Invalid;
        }

        if (submission.IncidentId is { } incidentId && !await db.ServiceIncidents.AnyAsync(i => i.Id == incidentId && i.PartnerId == partner.Id, cancellationToken))
        {
            return PathActionResult.NotFound;
        }

        var formOk = UploadCheck.IsAcceptable(submission.FormFileName, submission.FormContentType, submission.FormContent, out var safeName, out var contentType);
        var now = time.GetUtcNow();
        var id = NewReference(now, submission.SubmissionKey is { Length: > 0 and <= 64 } key ? partner.Id + ":" + key : null);
        if (await db.CreditRequests.AnyAsync(r => r.Id == id, cancellationToken))
        {
            return new PathActionResult(PathActionStatus.Conflict, null, null, id);
        }

        var draft = new CreditRequestDraft(id, partner.Id, submission.IncidentDate, submission.Category, formOk, !string.IsNullOrWhiteSpace(submission.WrittenRequest));
        var decision = eligibility.Evaluate(draft, partner, requester);
        if (!decision.CanSelfServeCancel)
        {
            return new PathActionResult(PathActionStatus.NotAllowed, decision);
        }

        db.CreditRequests.Add(new CreditRequest(id, partner.Id, submission.IncidentId, submission.CustomerName.Trim(), submission.IncidentDate, submission.Category,
            submission.Description.Trim(), submission.WrittenRequest.Trim(), safeName, contentType, submission.FormContent.Length, requester.UserId!, now));
        db.CreditRequestForms.Add(new CreditRequestForm(id, submission.FormContent));
        // A conflict: the same form key won a race on another request; that one was filed, this one changed nothing.
        return await db.SaveOrConflictAsync(
            new PathActionResult(PathActionStatus.Done, decision, null, id),
            new PathActionResult(PathActionStatus.Conflict, decision, null, id),
            cancellationToken);
    }

    private static bool IsWellFormed(CreditRequestSubmission s) =>
        Enum.IsDefined(s.Category)
        && s.CustomerName.Trim().Length is > 0 and <= 200
        && s.Description.Trim().Length is > 0 and <= CreditRequest.MaxDescriptionLength
        && s.WrittenRequest.Length <= CreditRequest.MaxWrittenRequestLength
        && s.IncidentDate.Year >= 2000
        && (s.IncidentId is null || s.IncidentId.Length <= 32);

    /// <summary>
    /// CR-yyyyMMdd-XXXXXX: date plus 6 characters from an alphabet without look-alikes, random — or, for a
    /// keyed form, taken from a hash of partner and key, so a resubmitted form maps to the same reference.
    /// </summary>
    private static string NewReference(DateTimeOffset now, string? key)
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var hash = key is null ? null : SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key));
        Span<char> suffix = stackalloc char[6];
        for (var i = 0; i < suffix.Length; i++)
        {
            suffix[i] = alphabet[hash is null ? RandomNumberGenerator.GetInt32(alphabet.Length) : hash[i] % alphabet.Length];
        }

        return string.Create(CultureInfo.InvariantCulture, $"CR-{now.UtcDateTime:yyyyMMdd}-{suffix}");
    }
}
