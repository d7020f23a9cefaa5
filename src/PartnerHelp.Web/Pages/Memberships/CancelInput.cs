using System.ComponentModel.DataAnnotations;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Web.Localization;
using PartnerHelp.Web.Validation;

namespace PartnerHelp.Web.Pages.Memberships;

/// <summary>The cancel form; messages from CancellationResource.</summary>
[ValidationResource(typeof(CancellationResource))]
public sealed class CancelInput
{
    /// <summary>The chosen <see cref="CancellationReason"/>, by name.</summary>
    [EnumName(typeof(CancellationReason), ErrorMessage = "Cancel_Validation_Reason")]
    public string? Reason { get; set; }

    /// <summary>Optional free text.</summary>
    [TextLength(MembershipOrder.MaxCancellationNoteLength, ErrorMessage = "Cancel_Validation_NoteTooLong")]
    public string? Note { get; set; }

    /// <summary>The user confirms they may cancel on behalf of the company.</summary>
    [Display(Name = "Cancel_Authority_Field")]
    [MustBeTrue(ErrorMessage = "Cancel_Validation_Authority")]
    public bool ConfirmAuthority { get; set; }
}
