using PartnerHelp.Core.Eligibility;
using PartnerHelp.Core.Reservations;
using PartnerHelp.Core.Tests.Eligibility;

namespace PartnerHelp.Core.Tests.Reservations;

public sealed class ReservationRulesTests
{
    private static readonly DateTimeOffset Purchased = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = new(2026, 7, 2, 10, 0, 0, TimeSpan.Zero);

    private static Reservation Vm() => new("3f9c0a4e-0000-4000-8000-000000000001", "b7d1e2f3-0000-4000-8000-000000000001", "northwind",
        "cust-1", "Tailspin Toys", ReservationType.VirtualMachines, "Standard_D2s_v5", "swedencentral", Purchased, 1, new Money(36500m, "SEK"),
        ReservationScope.Shared, null);

    private static EligibilityService Service(DateTimeOffset now) => Requesters.Service(now, new ReservationRules(), new ReservationExchangeRules());

    [Fact]
    public void Evaluate_ReturnsTheProratedValue_WhenAnAgentReturnsAnActiveReservation()
    {
        var result = Service(Now).Evaluate(Vm(), Requesters.Northwind, Requesters.Agent);

        Assert.True(result.CanSelfServeCancel);
        // 2026-07-02 → 2027-01-01 is 183 of 365 days.
        Assert.Equal(new Money(18300.00m, "SEK"), result.RefundAmount);
    }

    [Fact]
    public void Evaluate_RefusesAnExpiredReservation()
    {
        var result = Service(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero)).Evaluate(Vm(), Requesters.Northwind, Requesters.Agent);

        Assert.Equal([ReasonCode.ReservationExpired], result.Reasons.Select(r => r.Code));
    }

    [Fact]
    public void Evaluate_RefusesResellersAndUsersWithoutAnAgentRole()
    {
        var result = Service(Now).Evaluate(Vm(), Requesters.Reseller, Requesters.PlainUser);

        Assert.Equal([ReasonCode.NotCspProviderPartner, ReasonCode.NotCspAgent], result.Reasons.Select(r => r.Code));
    }

    [Fact]
    public void EvaluateExchange_AllowsTheSameTypeForMoreThanTheReturnedValue()
    {
        var result = Service(Now).Evaluate(new ReservationExchange(Vm(), ReservationType.VirtualMachines, new Money(40000m, "SEK")), Requesters.Northwind, Requesters.Agent);

        Assert.True(result.CanSelfServeCancel);
        Assert.Empty(result.Reasons);
    }

    [Theory]
    [InlineData(18300.00)]
    [InlineData(1000)]
    public void EvaluateExchange_RefusesANewPurchaseThatDoesNotCostMore(decimal newPrice)
    {
        var result = Service(Now).Evaluate(new ReservationExchange(Vm(), ReservationType.VirtualMachines, new Money(newPrice, "SEK")), Requesters.Northwind, Requesters.Agent);

        var reason = Assert.Single(result.Reasons);
        Assert.Equal(ReasonCode.ExchangeNotHigherValue, reason.Code);
        Assert.Equal(new Money(18300.00m, "SEK"), reason.Facts.Amount);
        Assert.Equal(new Money(newPrice, "SEK"), reason.Facts.ComparedAmount);
    }

    [Fact]
    public void EvaluateExchange_SendsOtherTypesToCancelAndRepurchase()
    {
        var result = Service(Now).Evaluate(new ReservationExchange(Vm(), ReservationType.SqlDatabase, new Money(90000m, "SEK")), Requesters.Northwind, Requesters.Agent);

        var reason = Assert.Single(result.Reasons);
        Assert.Equal((ReasonCode.ExchangeTypeMismatch, Remedy.CancelAndRepurchase), (reason.Code, reason.Remedy));
    }

    [Fact]
    public void ChangeScope_RequiresASubscription_ForASingleSubscriptionScope()
    {
        var reservation = Vm();

        Assert.Throws<ArgumentException>(() => reservation.ChangeScope(ReservationScope.SingleSubscription, null));
        reservation.ChangeScope(ReservationScope.SingleSubscription, "sub-42");
        Assert.Equal("sub-42", reservation.ScopeSubscriptionId);
    }
}
