using PartnerHelp.Core.Eligibility;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Core.Partners;
using PartnerHelp.Core.Tests.Memberships;

namespace PartnerHelp.Core.Tests.Eligibility;

public sealed class MembershipRefundRulesTests
{
    private readonly EligibilityHarness _harness = new(OrderBuilder.Now);

    [Fact]
    public void Evaluate_AllowsSelfServeCancel_WhenEveryRuleHolds()
    {
        var result = _harness.Service.Evaluate(OrderBuilder.Order(), OrderBuilder.Partner(), EligibilityHarness.Admin);

        Assert.Equal(EligibilityOutcome.SelfServeCancel, result.Outcome);
        Assert.True(result.CanSelfServeCancel);
        Assert.Empty(result.Reasons);
        Assert.Equal(new Money(1765m, "USD"), result.RefundAmount);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(29, false)]
    [InlineData(30, false)]
    [InlineData(31, true)]
    [InlineData(45, true)]
    public void Evaluate_ExpiresWindowAfterDay30_WhenCountingCalendarDays(int ageDays, bool expired)
    {
        var result = _harness.Service.Evaluate(OrderBuilder.Order(ageDays), OrderBuilder.Partner(), EligibilityHarness.Admin);

        Assert.Equal(expired, result.Has(ReasonCode.PurchaseWindowExpired));
        Assert.Equal(expired ? EligibilityOutcome.NotEligible : EligibilityOutcome.SelfServeCancel, result.Outcome);
    }

    [Fact]
    public void Evaluate_KeepsDay30Inside_UntilMidnightUtcEndsIt()
    {
        var order = OrderBuilder.Order(ageDays: 0);
        var lastDay = DateOnly.FromDateTime(order.PurchasedAt.UtcDateTime).AddDays(30);

        _harness.Clock.SetUtcNow(new DateTimeOffset(lastDay.ToDateTime(new TimeOnly(23, 59, 59)), TimeSpan.Zero));
        var lastMoment = _harness.Service.Evaluate(order, OrderBuilder.Partner(), EligibilityHarness.Admin);
        _harness.Clock.SetUtcNow(new DateTimeOffset(lastDay.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        var nextDay = _harness.Service.Evaluate(order, OrderBuilder.Partner(), EligibilityHarness.Admin);

        Assert.True(lastMoment.CanSelfServeCancel);
        Assert.True(nextDay.Has(ReasonCode.PurchaseWindowExpired));
        Assert.Equal(lastMoment.WindowEndsAt, _harness.Clock.GetUtcNow());
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(-10, 14)]
    [InlineData(14, -10)]
    [InlineData(5.5, -3)]
    public void Evaluate_GivesTheSameDecision_WhenTheInstantsAreExpressedInOtherTimeZones(double purchaseOffsetHours, double nowOffsetHours)
    {
        // Day 30 on UTC dates. Read as local dates in these offsets it would look like day 29 or day 32.
        var purchasedUtc = new DateTimeOffset(2026, 10, 22, 9, 0, 0, TimeSpan.Zero);
        var nowUtc = new DateTimeOffset(2026, 11, 21, 20, 0, 0, TimeSpan.Zero);
        var order = new MembershipOrder("CT-9002", "contoso", MembershipOffer.ActionPack, purchasedUtc.ToOffset(TimeSpan.FromHours(purchaseOffsetHours)),
            new Money(475m, "USD"), PaymentMethod.CreditCard, "Visa •••• 4242");
        var harness = new EligibilityHarness(nowUtc.ToOffset(TimeSpan.FromHours(nowOffsetHours)));

        var result = harness.Service.Evaluate(order, OrderBuilder.Partner(), EligibilityHarness.Admin);

        Assert.True(result.CanSelfServeCancel);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero), result.WindowEndsAt);
    }

    [Fact]
    public void Evaluate_ReportsTheWindowFacts_WhenThePurchaseIsTooOld()
    {
        var result = _harness.Service.Evaluate(OrderBuilder.Order(ageDays: 45), OrderBuilder.Partner(), EligibilityHarness.Admin);

        var facts = Assert.Single(result.Reasons).Facts;
        Assert.Equal(45, facts.DaysSincePurchase);
        Assert.Equal(30, facts.WindowDays);
        Assert.Equal(new DateOnly(2026, 11, 6), facts.LastDayInWindow);
    }

    [Fact]
    public void Evaluate_NamesTheBenefit_WhenOneWasActivated()
    {
        var result = _harness.Service.Evaluate(OrderBuilder.Order(benefit: MembershipBenefit.AzureCredits), OrderBuilder.Partner(), EligibilityHarness.Admin);

        var reason = Assert.Single(result.Reasons);
        Assert.Equal(ReasonCode.BenefitsActivated, reason.Code);
        Assert.Equal(MembershipBenefit.AzureCredits, reason.Facts.Benefit);
        Assert.NotNull(reason.Facts.OccurredAt);
        Assert.Equal(EligibilityOutcome.NotEligible, result.Outcome);
    }

    [Fact]
    public void Evaluate_RefusesRefund_WhenProductKeysWereViewedEvenIfNotActivated()
    {
        var result = _harness.Service.Evaluate(OrderBuilder.Order(keysViewed: true), OrderBuilder.Partner(), EligibilityHarness.Admin);

        Assert.Equal([ReasonCode.ProductKeysViewed], result.Reasons.Select(r => r.Code));
        Assert.Equal(EligibilityOutcome.NotEligible, result.Outcome);
    }

    [Fact]
    public void Evaluate_RefusesSilverRefund_WhenGoldDiscountWasUsedEvenWithin30DaysAndUnused()
    {
        var order = OrderBuilder.Order(ageDays: 12, offer: MembershipOffer.LegacySilver, goldDiscount: true);

        var result = _harness.Service.Evaluate(order, OrderBuilder.Partner(), EligibilityHarness.Admin);

        Assert.Equal([ReasonCode.UpgradedWithGoldDiscount], result.Reasons.Select(r => r.Code));
        Assert.Equal(EligibilityOutcome.NotEligible, result.Outcome);
    }

    [Fact]
    public void Evaluate_RequiresSupportTicket_WhenPaidByWireTransfer()
    {
        var result = _harness.Service.Evaluate(OrderBuilder.Order(payment: PaymentMethod.WireTransfer), OrderBuilder.Partner(), EligibilityHarness.Admin);

        var reason = Assert.Single(result.Reasons);
        Assert.Equal(ReasonCode.PaymentNotCreditCard, reason.Code);
        Assert.Equal(Remedy.OpenSupportTicket, reason.Remedy);
        Assert.Equal(PaymentMethod.WireTransfer, reason.Facts.PaymentMethod);
        Assert.Equal(EligibilityOutcome.SupportTicketRequired, result.Outcome);
        Assert.False(result.CanSelfServeCancel);
    }

    [Fact]
    public void Evaluate_RequiresSupportTicket_WhenAccountIsSuspended()
    {
        var result = _harness.Service.Evaluate(OrderBuilder.Order(), OrderBuilder.Partner(PartnerStatus.Suspended), EligibilityHarness.Admin);

        Assert.Equal([ReasonCode.AccountSuspended], result.Reasons.Select(r => r.Code));
        Assert.Equal(EligibilityOutcome.SupportTicketRequired, result.Outcome);
    }

    [Fact]
    public void Evaluate_KeepsOutcomeButDeniesButton_WhenUserIsNotMpnAdmin()
    {
        var result = _harness.Service.Evaluate(OrderBuilder.Order(), OrderBuilder.Partner(), EligibilityHarness.PlainUser);

        Assert.Equal(EligibilityOutcome.SelfServeCancel, result.Outcome);
        Assert.False(result.CanSelfServeCancel);
        var reason = Assert.Single(result.Reasons);
        Assert.Equal(ReasonCode.NotMpnAdmin, reason.Code);
        Assert.Equal(Remedy.AskPartnerAdmin, reason.Remedy);
        Assert.Equal("MpnAdmin", reason.Facts.RequiredRole);
    }

    [Fact]
    public void Evaluate_ShowsRefundProgress_WhenAlreadyCancelled()
    {
        var order = OrderBuilder.Order(ageDays: 6);
        order.Cancel("RF-CT-9001", "u-admin", CancellationReason.NoLongerNeeded, null, OrderBuilder.Now.AddDays(-2));

        var result = _harness.Service.Evaluate(order, OrderBuilder.Partner(), EligibilityHarness.Admin);

        Assert.Equal(EligibilityOutcome.AlreadyCancelled, result.Outcome);
        var reason = Assert.Single(result.Reasons);
        Assert.Equal(ReasonCode.AlreadyCancelled, reason.Code);
        Assert.Equal(Remedy.ViewRefundProgress, reason.Remedy);
        Assert.Equal(OrderBuilder.Now.AddDays(-2), reason.Facts.OccurredAt);
    }

    [Fact]
    public void Evaluate_Throws_WhenPartnerDoesNotOwnTheOrder()
    {
        var other = new Partner("fabrikam", "Fabrikam", "EUR", PartnerStatus.Active, CspRelationship.None, false);

        Assert.Throws<ArgumentException>(() => _harness.Service.Evaluate(OrderBuilder.Order(), other, EligibilityHarness.OtherPartnerAdmin));
    }
}
