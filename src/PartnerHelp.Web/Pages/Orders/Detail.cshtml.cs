using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using PartnerHelp.Core.Eligibility;
using PartnerHelp.Core.TaxRefunds;
using PartnerHelp.Infrastructure.Memberships;
using PartnerHelp.Infrastructure.RefundPaths;
using PartnerHelp.Web.Accounts;
using PartnerHelp.Web.Localization;
using PartnerHelp.Web.Refunds;
using PartnerHelp.Web.Security;

namespace PartnerHelp.Web.Pages.Orders;

/// <summary>One order: its facts, what can be done with it, once cancelled the refund timeline, and its tax refund.</summary>
[Authorize(Policy = AccessPolicies.PartnerMember)]
[AntiforgeryRefusal(typeof(TaxRefundsResource), "TaxRefund_Error_FormExpired")]
[EnableRateLimiting(RateLimits.PartnerActions)]
public sealed class DetailModel(
    PartnerOrders orders,
    RefundProgressText progress,
    TaxRefundService taxRefunds,
    IStringLocalizer<TaxRefundsResource> localizer) : PartnerPageModel
{
    /// <summary>The order and the decision for this user.</summary>
    public OrderView View { get; private set; } = null!;

    /// <summary>The refund in words, once there is one.</summary>
    public RefundProgress? Progress { get; private set; }

    /// <summary>Whether a tax refund can be requested, and why not.</summary>
    public EligibilityResult TaxRefund { get; private set; } = null!;

    /// <summary>The tax refund already requested for the order, if any.</summary>
    public TaxRefundClaim? TaxClaim { get; private set; }

    /// <summary>Set after the redirect that follows a filed tax refund.</summary>
    [BindProperty(SupportsGet = true, Name = "taxrefund")]
    public string? TaxRefundFiled { get; set; }

    /// <summary>Loads the order; another partner's or an unknown order is a 404.</summary>
    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    /// <summary>Files the tax refund request, or shows why not.</summary>
    public async Task<IActionResult> OnPostTaxRefundAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var result = await taxRefunds.RequestAsync(View.Order.Id, User.ToRequester(), cancellationToken);
        switch (result.Status)
        {
            case PathActionStatus.Done:
                return RedirectToPage("/Orders/Detail", pageHandler: null, new { id = View.Order.Id, taxrefund = "filed" }, fragment: "tax-refund");
            case PathActionStatus.NotFound:
                return NotFound();
            default:
                await LoadAsync(id, cancellationToken);
                return Refuse(StatusCodes.Status409Conflict, localizer[result.Status == PathActionStatus.Conflict ? "TaxRefund_Error_AlreadyRequested" : "TaxRefund_Error_NotAllowed"]);
        }
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        var requester = User.ToRequester();
        var view = await orders.FindAsync(id, requester, cancellationToken);
        if (view is null)
        {
            return false;
        }

        View = view;
        Progress = view.Refund is { } refund ? progress.Describe(refund) : null;
        (TaxRefund, TaxClaim) = await taxRefunds.EvaluateAsync(view, requester, cancellationToken);
        return true;
    }
}
