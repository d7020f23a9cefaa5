using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using PartnerHelp.Core.Tickets;
using PartnerHelp.Infrastructure.Memberships;
using PartnerHelp.Infrastructure.Tickets;
using PartnerHelp.Web.Accounts;
using PartnerHelp.Web.Eligibility;
using PartnerHelp.Web.Localization;
using PartnerHelp.Web.Security;
using PartnerHelp.Web.Validation;

namespace PartnerHelp.Web.Pages.Tickets;

/// <summary>Opens a support ticket, pre-filled from an order when one is named (<c>?order=CT-1005</c>).</summary>
[Authorize(Policy = AccessPolicies.PartnerMember)]
[EnableRateLimiting(RateLimits.PartnerActions)]
public sealed class NewModel(PartnerOrders orders, SupportTickets tickets, EligibilityText text, IStringLocalizer<TicketResource> localizer) : PartnerPageModel
{
    /// <summary>The form.</summary>
    [BindProperty]
    public TicketInput Input { get; set; } = new();

    /// <summary>The order the ticket is about, when there is one.</summary>
    public OrderView? Order { get; private set; }

    /// <summary>Shows the form; another partner's or an unknown order is a 404.</summary>
    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "order")] string? orderId, CancellationToken cancellationToken)
    {
        Input.SubmissionKey = Guid.NewGuid().ToString("N");
        if (!string.IsNullOrWhiteSpace(orderId))
        {
            Order = await orders.FindAsync(orderId.Trim(), User.ToRequester(), cancellationToken);
            if (Order is null)
            {
                return NotFound();
            }

            Input = new TicketInput { SubmissionKey = Input.SubmissionKey, OrderId = Order.Order.Id, Subject = localizer["TicketNew_Subject_ForOrder", Order.Order.Id, text.Offer(Order.Order.Offer)], Description = Describe(Order) };
        }

        return Page();
    }

    /// <summary>Opens the ticket and shows it in the list.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var requester = User.ToRequester();
        if (!string.IsNullOrWhiteSpace(Input.OrderId))
        {
            Order = await orders.FindAsync(Input.OrderId.Trim(), requester, cancellationToken);
            if (Order is null)
            {
                return NotFound();
            }
        }

        if (!ModelState.IsValid)
        {
            return Refuse(StatusCodes.Status400BadRequest, localizer["TicketNew_Error_Invalid"]);
        }

        var submissionKey = Guid.TryParseExact(Input.SubmissionKey, "N", out var key) ? key.ToString("N") : null;
        var result = await tickets.OpenAsync(requester, new TicketRequest(Order?.Order.Id, TextLengthAttribute.Normalize(Input.Subject), TextLengthAttribute.Normalize(Input.Description), CultureInfo.CurrentUICulture.Name, submissionKey), cancellationToken);
        if (result.Status == TicketOpenStatus.OrderNotFound)
        {
            return NotFound();
        }

        if (result.Ticket is not { } ticket)
        {
            return Refuse(StatusCodes.Status400BadRequest, localizer["TicketNew_Error_Invalid"]);
        }

        return RedirectToPage("/Tickets/Index", new { opened = ticket.Reference });
    }

    private string Describe(OrderView view)
    {
        var order = view.Order;
        var builder = new StringBuilder();
        builder.AppendLine(localizer["TicketNew_Prefill_Order", order.Id, text.Offer(order.Offer), DisplayFormats.Date(order.PurchasedAt),
            DisplayFormats.Money(order.Amount, order.Currency), text.PaymentMethod(order.PaymentMethod)]);
        if (view.Eligibility.Reasons.Count > 0)
        {
            builder.AppendLine().AppendLine(localizer["TicketNew_Prefill_Reasons"]);
            foreach (var reason in view.Eligibility.Reasons)
            {
                builder.Append("- ").AppendLine(text.Reason(reason));
            }
        }

        builder.AppendLine().Append(localizer["TicketNew_Prefill_Request"]);
        return builder.ToString();
    }
}
