using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnerHelp.Core.Billing;
using PartnerHelp.Core.Eligibility;
using PartnerHelp.Infrastructure.RefundPaths;
using PartnerHelp.Web.Accounts;

namespace PartnerHelp.Web.Pages.Subscriptions;

/// <summary>CSP license subscriptions: each with the action the rules allow, and the credit lines they produced.</summary>
[Authorize(Policy = AccessPolicies.PartnerMember)]
public sealed class IndexModel(CspSubscriptionService subscriptions, PartnerContext partners) : PageModel
{
    /// <summary>Whether the partner is a CSP partner at all; others see an explanation instead of a list.</summary>
    public bool IsCspPartner { get; private set; }

    /// <summary>The partner's subscriptions with their decisions.</summary>
    public IReadOnlyList<SubscriptionView> Subscriptions { get; private set; } = [];

    /// <summary>Invoice credit lines, newest invoice first.</summary>
    public IReadOnlyList<InvoiceCreditLine> CreditLines { get; private set; } = [];

    /// <summary>The subscription just ended (after the redirect from the confirmation).</summary>
    [BindProperty(SupportsGet = true, Name = "ended")]
    public string? Ended { get; set; }

    /// <summary>The credit line of <see cref="Ended"/>, when it names one of this partner's subscriptions.</summary>
    public InvoiceCreditLine? JustCredited { get; private set; }

    /// <summary>Loads the list.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var requester = User.ToRequester();
        var partner = await partners.ForAsync(requester, cancellationToken);
        IsCspPartner = partner is not null && CommonRules.IsCspProvider(partner);
        if (!IsCspPartner)
        {
            return;
        }

        Subscriptions = await subscriptions.ListAsync(requester, cancellationToken);
        CreditLines = await subscriptions.CreditLinesAsync(requester, cancellationToken);
        JustCredited = Ended is null ? null : CreditLines.FirstOrDefault(l => string.Equals(l.SourceId, Ended, StringComparison.Ordinal));
    }

    /// <summary>Whether the only failing rule is the 30-day window, so suspending is what the rules allow.</summary>
    public static bool CanSuspend(EligibilityResult result) =>
        result is { Reasons: [{ Code: ReasonCode.SubscriptionCancelWindowExpired }] };
}
