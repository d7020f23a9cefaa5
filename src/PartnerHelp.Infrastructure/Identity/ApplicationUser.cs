using Microsoft.AspNetCore.Identity;

namespace PartnerHelp.Infrastructure.Identity;

/// <summary>A person who signs in: belongs to at most one partner (operators belong to none).</summary>
public sealed class ApplicationUser : IdentityUser
{
    /// <summary>The partner whose data the user sees; null for operators.</summary>
    public string? PartnerId { get; set; }

    /// <summary>Name shown in the header.</summary>
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The UI culture the user last chose, for e-mails and notifications.</summary>
    public string? PreferredCulture { get; set; }
}
