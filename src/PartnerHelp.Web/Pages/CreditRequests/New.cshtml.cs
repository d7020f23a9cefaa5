using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using PartnerHelp.Core.CreditRequests;
using PartnerHelp.Core.Eligibility;
using PartnerHelp.Infrastructure.RefundPaths;
using PartnerHelp.Web.Accounts;
using PartnerHelp.Web.Localization;
using PartnerHelp.Web.Security;
using PartnerHelp.Web.Validation;

namespace PartnerHelp.Web.Pages.CreditRequests;

/// <summary>
/// Files a credit request with its form upload. The page checks the fields; the eligibility service (through
/// <see cref="CreditRequestService"/>) decides deadline, completeness and who may file, and every refusal
/// shows all its reasons and changes nothing.
/// </summary>
[Authorize(Policy = AccessPolicies.PartnerMember)]
[AntiforgeryRefusal(typeof(CreditRequestsResource), "CreditNew_Error_FormExpired")]
[EnableRateLimiting(RateLimits.PartnerActions)]
[RejectLargeBodies(MaxRequestBytes)]
public sealed class NewModel(CreditRequestService service, PartnerContext partners, IStringLocalizer<CreditRequestsResource> localizer) : PartnerPageModel
{
    /// <summary>The largest request accepted: the 5 MB form plus room for the text fields.</summary>
    public const int MaxRequestBytes = (int)UploadCheck.MaxBytes + (1024 * 1024);

    /// <summary>The categories offered, in display order.</summary>
    public static IReadOnlyList<CreditCategory> Categories { get; } = Enum.GetValues<CreditCategory>();

    /// <summary>The form.</summary>
    [BindProperty]
    public CreditRequestInput Input { get; set; } = new();

    /// <summary>Whether the partner is a CSP partner; others see an explanation instead of the form.</summary>
    public bool IsCspPartner { get; private set; }

    /// <summary>Incidents to pick from.</summary>
    public IReadOnlyList<ServiceIncident> Incidents { get; private set; } = [];

    /// <summary>The eligibility service's refusal, with every reason.</summary>
    public EligibilityResult? Refusal { get; private set; }

    /// <summary>The deadline for the incident date entered, when there is a valid one.</summary>
    public DateOnly? Deadline => IncidentDateAttribute.Parse(Input.IncidentDate) is { } day ? CreditRequestDraft.DeadlineFor(day) : null;

    /// <summary>Shows the form, pre-filled from <c>?incident=</c> when it names one of the partner's incidents.</summary>
    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "incident")] string? incidentId, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Input.SubmissionKey = Guid.NewGuid().ToString("N");
        if (!string.IsNullOrWhiteSpace(incidentId))
        {
            var incident = Incidents.FirstOrDefault(i => string.Equals(i.Id, incidentId.Trim(), StringComparison.Ordinal));
            if (incident is null)
            {
                return NotFound();
            }

            Input.IncidentId = incident.Id;
            Input.CustomerName = incident.CustomerName;
            Input.IncidentDate = incident.OccurredOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            Input.Category = nameof(CreditCategory.ServiceIncident);
        }

        return Page();
    }

    /// <summary>Files the request, or shows why not.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var incidentId = string.IsNullOrWhiteSpace(Input.IncidentId) ? null : Input.IncidentId.Trim();
        if (incidentId is not null && !Incidents.Any(i => string.Equals(i.Id, incidentId, StringComparison.Ordinal)))
        {
            return NotFound();
        }

        var (content, fileName, contentType) = await new CreditRequestFields(localizer, ModelState).ReadUploadAsync("Input.Form", Input.Form, cancellationToken);
        if (ModelState.ErrorCount > 0 && !OnlyUploadErrors())
        {
            return Refuse(StatusCodes.Status400BadRequest, localizer["CreditNew_Error_Invalid"]);
        }

        var submission = new CreditRequestSubmission(incidentId, TextLengthAttribute.Normalize(Input.CustomerName), IncidentDateAttribute.Parse(Input.IncidentDate)!.Value,
            Enum.Parse<CreditCategory>(Input.Category!), TextLengthAttribute.Normalize(Input.Description), TextLengthAttribute.Normalize(Input.WrittenRequest),
            fileName, contentType, content, Input.SubmissionKey);
        var result = await service.SubmitAsync(submission, User.ToRequester(), cancellationToken);
        switch (result.Status)
        {
            case PathActionStatus.Done:
            case PathActionStatus.Conflict when result.Reference is not null:
                return RedirectToPage("/CreditRequests/Index", new { submitted = result.Reference });
            case PathActionStatus.NotFound:
                return NotFound();
            case PathActionStatus.NotAllowed:
                Refusal = result.Eligibility;
                return Refuse(StatusCodes.Status422UnprocessableEntity, localizer["CreditNew_Error_Refused"]);
            default:
                return Refuse(StatusCodes.Status400BadRequest, localizer["CreditNew_Error_Invalid"]);
        }
    }

    private bool OnlyUploadErrors() =>
        ModelState.Where(e => e.Value!.Errors.Count > 0).All(e => string.Equals(e.Key, "Input.Form", StringComparison.Ordinal));

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var partner = await partners.ForAsync(User.ToRequester(), cancellationToken);
        IsCspPartner = partner is not null && CommonRules.IsCspProvider(partner);
        Incidents = await service.IncidentsAsync(User.ToRequester(), cancellationToken);
    }
}
