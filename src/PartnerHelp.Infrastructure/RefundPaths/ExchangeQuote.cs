using PartnerHelp.Core;
using PartnerHelp.Core.Eligibility;

namespace PartnerHelp.Infrastructure.RefundPaths;

/// <summary>The arithmetic of an exchange: the prorated value returned, the new price and what remains to pay.</summary>
public sealed record ExchangeQuote(Money Returned, Money NewPrice, Money DueNow, EligibilityResult Decision);
