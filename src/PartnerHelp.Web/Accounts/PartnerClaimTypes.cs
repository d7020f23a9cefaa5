namespace PartnerHelp.Web.Accounts;

/// <summary>Claims the site adds to a signed-in user.</summary>
public static class PartnerClaimTypes
{
    /// <summary>The partner the user belongs to.</summary>
    public const string PartnerId = "partnerhelp:partner";

    /// <summary>The partner's display name, for the header.</summary>
    public const string PartnerName = "partnerhelp:partner_name";

    /// <summary>The user's display name.</summary>
    public const string DisplayName = "partnerhelp:display_name";
}
