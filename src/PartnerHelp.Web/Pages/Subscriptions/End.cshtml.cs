using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using PartnerHelp.Core.Subscriptions;
using PartnerHelp.Infrastructure.RefundPaths;
using PartnerHelp.Web.Accounts;
using PartnerHelp.Web.Localization;
using PartnerHelp.Web.Security;
using PartnerHelp.Web.Validation;

namespace PartnerHelp.Web.Pages.Subscriptions;

/// <summary>
/// Confirms cancelling (full refund) or suspending (prorated credit) one subscription. The decision is the
/// eligibility service's, through <see cref="CspSubscriptionService.EndAsync"/>; a refused post changes nothing.
/// </summary>
[Authorize(Policy = AccessPolicies.PartnerMember)]
[AntiforgeryRefusal(typeof(SubscriptionsResource), "Subscriptions_Error_FormExpired")]
[EnableRateLimiting(RateLimits.PartnerActions)]
[ValidationResource(typeof(SubscriptionsResource))]
public sealed class EndModel(CspSubscriptionService subscriptions, TimeProvider time, IStringLocalizer<SubscriptionsResource> localizer) : PartnerPageModel
{
    /// <summary>"cancel" or "suspend".</summary>
    [BindProperty(SupportsGet = true, Name = "action")]
    public string? Action { get; set; }

    /// <summary>The person confirms ending the subscription.</summary>
    [BindProperty(Name = "confirm")]
    [Display(Name = "End_Confirm_Field")]
    [MustBeTrue(ErrorMessage = "Subscriptions_Validation_Confirm")]
    public bool Confirm { get; set; }

    /// <summary>The subscription and its decision.</summary>
    public SubscriptionView View { get; private set; } = null!;

    /// <summary>Whether this is the suspend (prorated) variant.</summary>
    public bool Suspend => string.Equals(Action, "suspend", StringComparison.Ordinal);

    /// <summary>Whether the rules allow the requested action.</summary>
    public bool Allowed => Suspend ? IndexModel.CanSuspend(View.Eligibility) : View.Eligibility.CanSelfServeCancel;

    /// <summary>Unused days and term days behind the prorated credit (actual-day count).</summary>
    public (int Unused, int Term) Days { get; private set; }

    /// <summary>Shows the confirmation, or why the action is not possible.</summary>
    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    /// <summary>Ends the subscription and returns to the list with the credit shown.</summary>
    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Action is not ("cancel" or "suspend"))
        {
            return Refuse(StatusCodes.Status400BadRequest, localizer["Subscriptions_Error_Action"]);
        }

        if (!ModelState.IsValid)
        {
            return Refuse(StatusCodes.Status400BadRequest, localizer["Subscriptions_Error_Invalid"]);
        }

        var result = await subscriptions.EndAsync(View.Subscription.Id, Suspend, User.ToRequester(), cancellationToken);
        switch (result.Status)
        {
            case PathActionStatus.Done:
                return RedirectToPage("/Subscriptions/Index", new { ended = View.Subscription.Id });
            case PathActionStatus.NotFound:
                return NotFound();
            default:
                await LoadAsync(id, cancellationToken);
                return Refuse(StatusCodes.Status409Conflict, localizer[View.Subscription.Status == SubscriptionStatus.Active ? "Subscriptions_Error_NotAllowed" : "Subscriptions_Error_AlreadyEnded"]);
        }
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        var view = (await subscriptions.ListAsync(User.ToRequester(), cancellationToken)).FirstOrDefault(v => string.Equals(v.Subscription.Id, id, StringComparison.Ordinal));
        if (view is null)
        {
            return false;
        }

        View = view;
        var s = view.Subscription;
        Days = (ProratedCredit.UnusedDays(s.TermStart, s.TermEnd, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)), s.TermEnd.DayNumber - s.TermStart.DayNumber);
        return true;
    }
}
