using PartnerHelp.Core.Eligibility;
using PartnerHelp.Core.Subscriptions;
using PartnerHelp.Core.Tests.Eligibility;

namespace PartnerHelp.Core.Tests.Subscriptions;

public sealed class CspSubscriptionRulesTests
{
    private static readonly DateTimeOffset Purchased = new(2026, 3, 10, 8, 0, 0, TimeSpan.Zero);

    private static CspSubscription Subscription() =>
        new("NW-SUB-1", "northwind", "Tailspin Toys", "Microsoft 365 E3", 10, Purchased, 12, new Money(43200m, "SEK"));

    private static EligibilityResult Evaluate(DateTimeOffset now, Core.Accounts.Requester? requester = null, Core.Partners.Partner? partner = null) =>
        Requesters.Service(now, new CspSubscriptionRules()).Evaluate(Subscription(), partner ?? Requesters.Northwind, requester ?? Requesters.Agent);

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(30)]
    public void Evaluate_RefundsEverything_WhenCancelledWithin30Days(int days)
    {
        var result = Evaluate(Purchased.AddDays(days));

        Assert.Equal(EligibilityOutcome.SelfServeCancel, result.Outcome);
        Assert.Equal(new Money(43200m, "SEK"), result.RefundAmount);
    }

    [Fact]
    public void Evaluate_OffersAProratedSuspension_WhenPastThe30DayWindowInMonth4()
    {
        var now = new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero);

        var result = Evaluate(now);

        var reason = Assert.Single(result.Reasons);
        Assert.Equal((ReasonCode.SubscriptionCancelWindowExpired, Remedy.SuspendForProratedCredit), (reason.Code, reason.Remedy));
        Assert.Equal(4, Subscription().MonthOfTerm(now));
        var expected = ProratedCredit.For(new Money(43200m, "SEK"), new DateOnly(2026, 3, 10), new DateOnly(2027, 3, 10), new DateOnly(2026, 7, 1));
        Assert.Equal(expected, reason.Facts.Amount);
        Assert.Equal(expected, result.RefundAmount);
    }

    [Fact]
    public void Evaluate_HasNothingToCredit_WhenTheTermHasEnded()
    {
        var result = Evaluate(new DateTimeOffset(2027, 3, 10, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal([ReasonCode.SubscriptionTermEnded], result.Reasons.Select(r => r.Code));
        Assert.Equal(0m, result.RefundAmount.Amount);
    }

    [Theory]
    [InlineData("2026-03-10", 1)]
    [InlineData("2026-04-09", 1)]
    [InlineData("2026-04-10", 2)]
    [InlineData("2027-03-09", 12)]
    [InlineData("2027-03-10", 0)]
    public void MonthOfTerm_ChangesOnTheMonthlyAnniversary(string day, int month) =>
        Assert.Equal(month, Subscription().MonthOfTerm(new DateTimeOffset(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero)));

    [Fact]
    public void Evaluate_ListsPartnerAndRoleReasons_WhenAResellersPlainUserAsks()
    {
        var result = Evaluate(Purchased.AddDays(5), Requesters.PlainUser, Requesters.Reseller);

        Assert.Equal([ReasonCode.NotCspProviderPartner, ReasonCode.NotCspAgent], result.Reasons.Select(r => r.Code));
        Assert.False(result.CanSelfServeCancel);
    }

    [Fact]
    public void Suspend_CreditsTheUnusedPartAndEndsTheSubscription()
    {
        var subscription = Subscription();

        var credit = subscription.Suspend(new DateTimeOffset(2026, 9, 10, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(SubscriptionStatus.Suspended, subscription.Status);
        Assert.Equal(ProratedCredit.For(subscription.Price, subscription.TermStart, subscription.TermEnd, new DateOnly(2026, 9, 10)), credit);
        Assert.Throws<InvalidOperationException>(() => subscription.Cancel(DateTimeOffset.UnixEpoch));
    }
}
