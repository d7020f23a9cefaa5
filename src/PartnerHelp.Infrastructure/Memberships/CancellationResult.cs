using PartnerHelp.Core.Eligibility;
using PartnerHelp.Core.Refunds;

namespace PartnerHelp.Infrastructure.Memberships;

/// <summary>The outcome of a cancellation request, with the refund when there is one.</summary>
public sealed record CancellationResult(CancellationStatus Status, Refund? Refund = null, EligibilityResult? Eligibility = null);
