namespace PartnerHelp.Web;

/// <summary>Named output-cache policies. The default rules still apply: only anonymous GETs that set no cookie are cached.</summary>
public static class OutputCachePolicies
{
    /// <summary>Public pages whose content depends on nothing but the culture in the URL.</summary>
    public const string PerCulture = nameof(PerCulture);
}
