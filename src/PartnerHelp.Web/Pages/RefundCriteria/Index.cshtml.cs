using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace PartnerHelp.Web.Pages.RefundCriteria;

/// <summary>Every refund and self-serve criterion for membership offers (the seeds' rules, in words).</summary>
[OutputCache(PolicyName = OutputCachePolicies.PerCulture)]
public sealed class IndexModel : PageModel
{
    /// <summary>The criteria, by stable name (used as element ids and by tests), in reading order.</summary>
    public static IReadOnlyList<string> RefundCriteria { get; } = ["PurchaseWindow", "NoBenefitsUsed", "NoProductKeysViewed", "GoldDiscountUpgrade"];

    /// <summary>Conditions for cancelling without a support ticket.</summary>
    public static IReadOnlyList<string> SelfServeConditions { get; } = ["SelfServeWindow", "SelfServeNoBenefits", "MpnAdminRole", "CreditCardOnly", "AccountNotSuspended"];

    /// <summary>What happens to the money.</summary>
    public static IReadOnlyList<string> RefundTerms { get; } = ["SameInstrument", "SameAmount", "Automatic", "UpTo30Days"];

    /// <summary>Renders the page.</summary>
    public void OnGet()
    {
    }
}
