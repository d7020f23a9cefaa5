using PartnerHelp.Core.Accounts;
using PartnerHelp.Core.Partners;

namespace PartnerHelp.Core.Eligibility;

/// <summary>
/// The one place that decides whether something can be cancelled or refunded, and if not, why.
/// Pages, the JSON API, the bot and the jobs all ask it; nothing else implements a rule.
/// </summary>
public interface IEligibilityService
{
    /// <summary>Decides for <paramref name="subject"/> and <paramref name="requester"/> at the current time.</summary>
    EligibilityResult Evaluate<TSubject>(TSubject subject, Partner partner, Requester requester)
        where TSubject : IEligibilitySubject;
}
