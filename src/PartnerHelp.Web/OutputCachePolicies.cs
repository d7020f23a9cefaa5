namespace PartnerHelp.Web;

/// <summary>
/// Named output-cache policies. <see cref="PerCulture"/> keeps the default rules (only anonymous GETs that set
/// no cookie); <see cref="PartnerPage"/> replaces them for a signed-in partner's own pages.
/// </summary>
public static class OutputCachePolicies
{
    /// <summary>Public pages whose content depends on nothing but the culture in the URL.</summary>
    public const string PerCulture = nameof(PerCulture);

    /// <summary>A signed-in partner's pages, per browser session and partner data version (<see cref="Caching.PartnerPageCachePolicy"/>).</summary>
    public const string PartnerPage = nameof(PartnerPage);
}
