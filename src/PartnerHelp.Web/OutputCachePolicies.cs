namespace PartnerHelp.Web;

/// <summary>
/// Named output-cache policies. <see cref="PerCulture"/> keeps the default rules (only anonymous GETs that set
/// no cookie). A signed-in partner's pages are never output-cached: almost every real view of one is a first view,
/// and storing it cost more than reloads saved (docs/performance.md, "The per-session cache removed").
/// </summary>
public static class OutputCachePolicies
{
    /// <summary>Public pages whose content depends on nothing but the culture in the URL.</summary>
    public const string PerCulture = nameof(PerCulture);
}
