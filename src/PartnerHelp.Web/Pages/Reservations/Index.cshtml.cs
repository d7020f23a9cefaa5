using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnerHelp.Core.Reservations;
using PartnerHelp.Infrastructure.RefundPaths;
using PartnerHelp.Web.Accounts;

namespace PartnerHelp.Web.Pages.Reservations;

/// <summary>
/// Azure reservations, customers first. Partner members without a CSP agent role get a 403 that says
/// who can manage reservations (operators, who belong to no partner, get the plain 403 page).
/// </summary>
[Authorize(Policy = AccessPolicies.PartnerMember)]
public sealed class IndexModel(ReservationService reservations, IAuthorizationService authorization) : PageModel
{
    /// <summary>The partner's customers, by name.</summary>
    public IReadOnlyList<CspCustomer> Customers { get; private set; } = [];

    /// <summary>True when the user may not manage reservations: the page explains who can.</summary>
    public bool NotAnAgent { get; private set; }

    /// <summary>Lists the customers, or explains who may.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, AccessPolicies.CspAgent)).Succeeded)
        {
            NotAnAgent = true;
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        Customers = await reservations.CustomersAsync(User.ToRequester(), cancellationToken);
    }
}
