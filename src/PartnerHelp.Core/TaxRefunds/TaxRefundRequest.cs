using PartnerHelp.Core.Eligibility;
using PartnerHelp.Core.Memberships;

namespace PartnerHelp.Core.TaxRefunds;

/// <summary>The question "can this order's tax be refunded?" — separate from refunding the order itself.</summary>
public sealed record TaxRefundRequest(MembershipOrder Order) : IEligibilitySubject
{
    /// <inheritdoc />
    public string Id => Order.Id;

    /// <inheritdoc />
    public string PartnerId => Order.PartnerId;
}
