using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnerHelp.Core.Reservations;
using PartnerHelp.Infrastructure.RefundPaths;
using PartnerHelp.Web.Accounts;

namespace PartnerHelp.Web.Pages.Reservations;

/// <summary>One customer's reservations: type, SKU, region, expiry, scope, utilization and what can be done.</summary>
[Authorize(Policy = AccessPolicies.CspAgent)]
public sealed class CustomerModel(ReservationService reservations) : PageModel
{
    /// <summary>The customer.</summary>
    public CspCustomer Customer { get; private set; } = null!;

    /// <summary>Its reservations, newest first (empty for customers managed elsewhere).</summary>
    public IReadOnlyList<ReservationView> Reservations { get; private set; } = [];

    /// <summary>The reservation an exchange just created, to confirm it.</summary>
    public ReservationView? Replacement { get; private set; }

    /// <summary>Shows the reservations; another partner's or an unknown customer is a 404.</summary>
    public async Task<IActionResult> OnGetAsync(string customerId, [FromQuery(Name = "exchanged")] string? exchanged, [FromQuery(Name = "new")] string? replacement, CancellationToken cancellationToken)
    {
        var requester = User.ToRequester();
        var customer = await reservations.CustomerAsync(customerId, requester, cancellationToken);
        if (customer is null)
        {
            return NotFound();
        }

        Customer = customer;
        if (customer.IsCsp)
        {
            Reservations = await reservations.ReservationsAsync(customer.Id, requester, cancellationToken);
            Replacement = Reservations.Any(r => r.Reservation.Id == exchanged && r.Reservation.Status == ReservationStatus.Exchanged)
                ? Reservations.FirstOrDefault(r => r.Reservation.Id == replacement && r.Reservation.Status == ReservationStatus.Active)
                : null;
        }

        return Page();
    }
}
