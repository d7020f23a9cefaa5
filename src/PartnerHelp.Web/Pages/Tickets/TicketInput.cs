using System.ComponentModel.DataAnnotations;
using PartnerHelp.Core.Tickets;
using PartnerHelp.Web.Localization;
using PartnerHelp.Web.Validation;

namespace PartnerHelp.Web.Pages.Tickets;

/// <summary>The new-ticket form; labels and messages from TicketResource.</summary>
[ValidationResource(typeof(TicketResource))]
public sealed class TicketInput
{
    /// <summary>The order the ticket is about, if any.</summary>
    public string? OrderId { get; set; }

    /// <summary>One-line summary.</summary>
    [Display(Name = "TicketNew_Subject")]
    [Required(ErrorMessage = "TicketNew_Validation_Required")]
    [TextLength(SupportTicket.MaxSubjectLength, ErrorMessage = "TicketNew_Validation_TooLong")]
    public string? Subject { get; set; }

    /// <summary>The request.</summary>
    [Display(Name = "TicketNew_Description")]
    [Required(ErrorMessage = "TicketNew_Validation_Required")]
    [TextLength(SupportTicket.MaxDescriptionLength, ErrorMessage = "TicketNew_Validation_TooLong")]
    public string? Description { get; set; }

    /// <summary>Drawn when the form is shown; the same value posted twice opens one ticket.</summary>
    public string? SubmissionKey { get; set; }
}
