using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnerHelp.Core.Tickets;
using PartnerHelp.Infrastructure.Tickets;
using PartnerHelp.Web.Accounts;

namespace PartnerHelp.Web.Pages.Tickets;

/// <summary>The partner's support tickets.</summary>
[Authorize(Policy = AccessPolicies.PartnerMember)]
public sealed class IndexModel(SupportTickets tickets) : PageModel
{
    /// <summary>Newest first.</summary>
    public IReadOnlyList<SupportTicket> Tickets { get; private set; } = [];

    /// <summary>The reference of a ticket just opened (after the redirect from the form).</summary>
    [BindProperty(SupportsGet = true, Name = "opened")]
    public string? Opened { get; set; }

    /// <summary>The ticket just opened, when <see cref="Opened"/> names one of this partner's tickets.</summary>
    public SupportTicket? JustOpened { get; private set; }

    /// <summary>Loads the tickets.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Tickets = await tickets.ListAsync(User.ToRequester(), cancellationToken);
        JustOpened = Opened is null ? null : Tickets.FirstOrDefault(t => string.Equals(t.Reference, Opened, StringComparison.Ordinal));
    }
}
