using PartnerHelp.Core.Eligibility;

namespace PartnerHelp.Web.Eligibility;

/// <summary>
/// What <c>_ReasonList</c> renders: a decision's reasons under a heading. The refund paths have no
/// membership order to link to, so they use this instead of <c>_Reasons</c>.
/// </summary>
public sealed record ReasonList(string Id, string Heading, EligibilityResult Result);
