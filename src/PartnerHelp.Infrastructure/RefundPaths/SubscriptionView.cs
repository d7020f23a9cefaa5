using PartnerHelp.Core.Eligibility;
using PartnerHelp.Core.Subscriptions;

namespace PartnerHelp.Infrastructure.RefundPaths;

/// <summary>A subscription with its month of term and the decision for the requester.</summary>
public sealed record SubscriptionView(CspSubscription Subscription, int MonthOfTerm, EligibilityResult Eligibility);
