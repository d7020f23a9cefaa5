using PartnerHelp.Core.Eligibility;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Core.TaxRefunds;
using PartnerHelp.Core.Tests.Eligibility;

namespace PartnerHelp.Core.Tests.TaxRefunds;

public sealed class TaxRefundRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    private static TaxRefundRequest Request(int ageDays) => new(new MembershipOrder("NW-3001", "northwind", MembershipOffer.SolutionsPartnerDesignation,
        Now.AddDays(-ageDays), new Money(48000m, "SEK"), PaymentMethod.CreditCard, "Amex •••• 1005"));

    [Theory]
    [InlineData(200, false)]
    [InlineData(365, false)]
    [InlineData(366, true)]
    public void Evaluate_KeepsTaxRefundsOpenForOneYear_ForATaxExemptPartner(int ageDays, bool expired)
    {
        var result = Requesters.Service(Now, new TaxRefundRules()).Evaluate(Request(ageDays), Requesters.Northwind, Requesters.Agent);

        Assert.Equal(expired, result.Has(ReasonCode.TaxRefundWindowExpired));
        Assert.Equal(!expired, result.CanSelfServeCancel);
    }

    [Fact]
    public void Evaluate_RefusesAPartnerThatIsNotTaxExempt()
    {
        var result = Requesters.Service(Now, new TaxRefundRules()).Evaluate(Request(10), Requesters.Reseller, Requesters.Agent);

        Assert.Equal([ReasonCode.NotTaxExempt], result.Reasons.Select(r => r.Code));
    }
}
