namespace PartnerHelp.Web.Pages.CreditRequests;

/// <summary>The credit request form. Validated by hand in <see cref="NewModel"/> so every message comes from CreditRequestsResource.</summary>
public sealed class CreditRequestInput
{
    /// <summary>The incident picked from the list, if any.</summary>
    public string? IncidentId { get; set; }

    /// <summary>The affected end customer.</summary>
    public string? CustomerName { get; set; }

    /// <summary>The incident date as the date input sends it (yyyy-MM-dd).</summary>
    public string? IncidentDate { get; set; }

    /// <summary>The <see cref="Core.CreditRequests.CreditCategory"/>, by name.</summary>
    public string? Category { get; set; }

    /// <summary>What happened.</summary>
    public string? Description { get; set; }

    /// <summary>The end customer's written request.</summary>
    public string? WrittenRequest { get; set; }

    /// <summary>The filled credit request form.</summary>
    public IFormFile? Form { get; set; }

    /// <summary>One-time key of this form, so a double submit files one request.</summary>
    public string? SubmissionKey { get; set; }
}
