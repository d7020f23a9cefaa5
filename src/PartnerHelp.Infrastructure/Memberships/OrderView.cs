using PartnerHelp.Core.Eligibility;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Core.Partners;
using PartnerHelp.Core.Refunds;

namespace PartnerHelp.Infrastructure.Memberships;

/// <summary>An order as one requester sees it: the order, its partner, its refund and the decision for them.</summary>
public sealed record OrderView(MembershipOrder Order, Partner Partner, Refund? Refund, EligibilityResult Eligibility);
