using PartnerHelp.Core;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Core.Partners;

namespace PartnerHelp.Core.Tests.Memberships;

/// <summary>Builds orders and partners for rule tests, relative to a fixed "now".</summary>
internal static class OrderBuilder
{
    public static readonly DateTimeOffset Now = new(2026, 11, 21, 15, 30, 0, TimeSpan.Zero);

    public static Partner Partner(PartnerStatus status = PartnerStatus.Active, bool taxExempt = false) =>
        new("contoso", "Contoso", "USD", status, CspRelationship.None, taxExempt);

    public static MembershipOrder Order(
        int ageDays = 5,
        PaymentMethod payment = PaymentMethod.CreditCard,
        MembershipOffer offer = MembershipOffer.PartnerSuccessCore,
        MembershipBenefit? benefit = null,
        bool keysViewed = false,
        bool goldDiscount = false)
    {
        var purchased = Now.AddDays(-ageDays);
        var order = new MembershipOrder("CT-9001", "contoso", offer, purchased, new Money(1765m, "USD"), payment, "Visa •••• 4242");
        if (benefit is { } b)
        {
            order.RecordBenefitActivated(b, purchased.AddHours(3));
        }

        if (keysViewed)
        {
            order.RecordProductKeysViewed(purchased.AddHours(1));
        }

        if (goldDiscount)
        {
            order.RecordGoldUpgradeWithDiscount();
        }

        return order;
    }
}
