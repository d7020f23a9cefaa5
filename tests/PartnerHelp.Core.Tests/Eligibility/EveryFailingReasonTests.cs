using PartnerHelp.Core.Eligibility;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Core.Partners;
using PartnerHelp.Core.Tests.Memberships;

namespace PartnerHelp.Core.Tests.Eligibility;

/// <summary>
/// Every combination of the seven membership rules (2^7 cases): the reasons are exactly the failing
/// rules — none dropped after the first — and the outcome follows criteria before conditions.
/// </summary>
public sealed class EveryFailingReasonTests
{
    [Flags]
    public enum Failing
    {
        None = 0,
        Window = 1,
        Benefit = 2,
        Keys = 4,
        GoldDiscount = 8,
        Wire = 16,
        Suspended = 32,
        NotAdmin = 64,
    }

    public static TheoryData<Failing> AllCombinations()
    {
        var data = new TheoryData<Failing>();
        for (var mask = 0; mask < 128; mask++)
        {
            data.Add((Failing)mask);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllCombinations))]
    public void Evaluate_ListsExactlyTheFailingRules_WhenAnyCombinationFails(Failing failing)
    {
        var harness = new EligibilityHarness(OrderBuilder.Now);
        var order = OrderBuilder.Order(
            ageDays: failing.HasFlag(Failing.Window) ? 31 : 30,
            payment: failing.HasFlag(Failing.Wire) ? PaymentMethod.WireTransfer : PaymentMethod.CreditCard,
            offer: MembershipOffer.LegacySilver,
            benefit: failing.HasFlag(Failing.Benefit) ? MembershipBenefit.SupportIncidents : null,
            keysViewed: failing.HasFlag(Failing.Keys),
            goldDiscount: failing.HasFlag(Failing.GoldDiscount));
        var partner = OrderBuilder.Partner(failing.HasFlag(Failing.Suspended) ? PartnerStatus.Suspended : PartnerStatus.Active);
        var requester = failing.HasFlag(Failing.NotAdmin) ? EligibilityHarness.PlainUser : EligibilityHarness.Admin;

        var result = harness.Service.Evaluate(order, partner, requester);

        Assert.Equal(ExpectedCodes(failing), result.Reasons.Select(r => r.Code).Order());
        Assert.Equal(ExpectedOutcome(failing), result.Outcome);
        Assert.Equal(failing == Failing.None, result.CanSelfServeCancel);
    }

    private static IEnumerable<ReasonCode> ExpectedCodes(Failing failing)
    {
        var codes = new List<ReasonCode>();
        Add(Failing.Window, ReasonCode.PurchaseWindowExpired);
        Add(Failing.Benefit, ReasonCode.BenefitsActivated);
        Add(Failing.Keys, ReasonCode.ProductKeysViewed);
        Add(Failing.GoldDiscount, ReasonCode.UpgradedWithGoldDiscount);
        Add(Failing.Wire, ReasonCode.PaymentNotCreditCard);
        Add(Failing.Suspended, ReasonCode.AccountSuspended);
        Add(Failing.NotAdmin, ReasonCode.NotMpnAdmin);
        return codes.Order();

        void Add(Failing flag, ReasonCode code)
        {
            if (failing.HasFlag(flag))
            {
                codes.Add(code);
            }
        }
    }

    private static EligibilityOutcome ExpectedOutcome(Failing failing)
    {
        const Failing criteria = Failing.Window | Failing.Benefit | Failing.Keys | Failing.GoldDiscount;
        const Failing conditions = Failing.Wire | Failing.Suspended;
        if ((failing & criteria) != 0)
        {
            return EligibilityOutcome.NotEligible;
        }

        return (failing & conditions) != 0 ? EligibilityOutcome.SupportTicketRequired : EligibilityOutcome.SelfServeCancel;
    }
}
