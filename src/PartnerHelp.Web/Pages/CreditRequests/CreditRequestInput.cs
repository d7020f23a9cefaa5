using System.ComponentModel.DataAnnotations;
using PartnerHelp.Core.CreditRequests;
using PartnerHelp.Web.Localization;
using PartnerHelp.Web.Validation;

namespace PartnerHelp.Web.Pages.CreditRequests;

/// <summary>
/// The credit request form; labels and messages from CreditRequestsResource. The upload's type is checked when it is
/// read (<see cref="CreditRequestFields"/>), since that needs its bytes.
/// </summary>
[ValidationResource(typeof(CreditRequestsResource))]
public sealed class CreditRequestInput
{
    /// <summary>The incident picked from the list, if any.</summary>
    public string? IncidentId { get; set; }

    /// <summary>The affected end customer.</summary>
    [Display(Name = "CreditNew_Customer")]
    [Required(ErrorMessage = "CreditNew_Validation_Required")]
    [TextLength(200, ErrorMessage = "CreditNew_Validation_TooLong")]
    public string? CustomerName { get; set; }

    /// <summary>The incident date as the date input sends it (yyyy-MM-dd).</summary>
    [IncidentDate(ErrorMessage = "CreditNew_Validation_Date")]
    public string? IncidentDate { get; set; }

    /// <summary>The <see cref="CreditCategory"/>, by name.</summary>
    [EnumName(typeof(CreditCategory), ErrorMessage = "CreditNew_Validation_Category")]
    public string? Category { get; set; }

    /// <summary>What happened.</summary>
    [Display(Name = "CreditNew_Description")]
    [Required(ErrorMessage = "CreditNew_Validation_Required")]
    [TextLength(CreditRequest.MaxDescriptionLength, ErrorMessage = "CreditNew_Validation_TooLong")]
    public string? Description { get; set; }

    /// <summary>The end customer's written request.</summary>
    [Display(Name = "CreditNew_WrittenRequest")]
    [TextLength(CreditRequest.MaxWrittenRequestLength, ErrorMessage = "CreditNew_Validation_TooLong")]
    public string? WrittenRequest { get; set; }

    /// <summary>The filled credit request form (its type is checked when its bytes are read).</summary>
    [UploadSize(ErrorMessage = "CreditNew_Validation_FileTooLarge")]
    public IFormFile? Form { get; set; }

    /// <summary>One-time key of this form, so a double submit files one request.</summary>
    public string? SubmissionKey { get; set; }
}
