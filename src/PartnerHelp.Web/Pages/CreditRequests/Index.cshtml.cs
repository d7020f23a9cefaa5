using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnerHelp.Core.CreditRequests;
using PartnerHelp.Core.Eligibility;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Infrastructure.RefundPaths;
using PartnerHelp.Web.Accounts;

namespace PartnerHelp.Web.Pages.CreditRequests;

/// <summary>The partner's credit requests and where each stands.</summary>
[Authorize(Policy = AccessPolicies.PartnerMember)]
public sealed class IndexModel(CreditRequestService service, PartnerContext partners, PartnerNotificationFeed notifications) : PageModel
{
    /// <summary>How many of the latest review notifications the page shows.</summary>
    public const int NotificationCount = 5;

    /// <summary>The latest notifications about the partner's credit requests (review started, decided), newest first.</summary>
    public IReadOnlyList<PartnerNotificationView> Notifications { get; private set; } = [];

    /// <summary>Whether the partner is a CSP partner; only they file credit requests.</summary>
    public bool IsCspPartner { get; private set; }

    /// <summary>Newest first.</summary>
    public IReadOnlyList<CreditRequest> Requests { get; private set; } = [];

    /// <summary>The reference just submitted (after the redirect from the form).</summary>
    [BindProperty(SupportsGet = true, Name = "submitted")]
    public string? Submitted { get; set; }

    /// <summary>The request just submitted, when <see cref="Submitted"/> names one of this partner's.</summary>
    public CreditRequest? JustSubmitted { get; private set; }

    /// <summary>Loads the list.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var requester = User.ToRequester();
        var partner = await partners.ForAsync(requester, cancellationToken);
        IsCspPartner = partner is not null && CommonRules.IsCspProvider(partner);
        Requests = await service.ListAsync(requester, cancellationToken);
        Notifications = await notifications.LatestAsync(requester, NotificationCount, NotificationKinds.CreditRequests, cancellationToken);
        JustSubmitted = Submitted is null ? null : Requests.FirstOrDefault(r => string.Equals(r.Id, Submitted, StringComparison.Ordinal));
    }
}
