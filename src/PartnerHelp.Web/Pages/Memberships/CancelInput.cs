namespace PartnerHelp.Web.Pages.Memberships;

/// <summary>The cancel form. Validated by hand in <see cref="CancelModel"/> so every message comes from CancellationResource.</summary>
public sealed class CancelInput
{
    /// <summary>The chosen <see cref="Core.Memberships.CancellationReason"/>, by name.</summary>
    public string? Reason { get; set; }

    /// <summary>Optional free text.</summary>
    public string? Note { get; set; }

    /// <summary>The user confirms they may cancel on behalf of the company.</summary>
    public bool ConfirmAuthority { get; set; }
}
