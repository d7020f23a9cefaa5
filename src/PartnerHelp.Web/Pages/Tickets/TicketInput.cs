namespace PartnerHelp.Web.Pages.Tickets;

/// <summary>The new-ticket form (validated by hand in <see cref="NewModel"/>).</summary>
public sealed class TicketInput
{
    /// <summary>The order the ticket is about, if any.</summary>
    public string? OrderId { get; set; }

    /// <summary>One-line summary.</summary>
    public string? Subject { get; set; }

    /// <summary>The request.</summary>
    public string? Description { get; set; }

    /// <summary>Drawn when the form is shown; the same value posted twice opens one ticket.</summary>
    public string? SubmissionKey { get; set; }
}
