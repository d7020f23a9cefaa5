using PartnerHelp.Core.Eligibility;
using PartnerHelp.Core.StoreOrders;
using PartnerHelp.Core.Tests.Eligibility;

namespace PartnerHelp.Core.Tests.StoreOrders;

public sealed class StoreOrderItemRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    private static StoreOrderItem Item() => new("SO-5001-1", "SO-5001", "northwind", "Surface Pro", 1, new Money(14990m, "SEK"), isPreOrder: true);

    private static EligibilityResult Evaluate(StoreOrderItem item) =>
        Requesters.Service(Now, new StoreOrderItemRules()).Evaluate(item, Requesters.Northwind, Requesters.PlainUser);

    [Fact]
    public void Evaluate_AllowsCancelling_BeforeTheItemIsChargedOrShipped() =>
        Assert.True(Evaluate(Item()).CanSelfServeCancel);

    [Fact]
    public void Evaluate_OffersExchangeOrRefund_OnceTheItemIsCharged()
    {
        var item = Item();
        item.MarkCharged(Now.AddHours(-1));

        var reason = Assert.Single(Evaluate(item).Reasons);

        Assert.Equal((ReasonCode.StoreItemCharged, Remedy.RequestExchangeOrRefund), (reason.Code, reason.Remedy));
    }

    [Fact]
    public void Evaluate_ListsChargedAndShipped_WhenBoth()
    {
        var item = Item();
        item.MarkCharged(Now.AddDays(-2));
        item.MarkShipped(Now.AddDays(-1));

        Assert.Equal([ReasonCode.StoreItemCharged, ReasonCode.StoreItemShipped], Evaluate(item).Reasons.Select(r => r.Code));
        Assert.Throws<InvalidOperationException>(() => item.Cancel(Now));
    }

    [Fact]
    public void Evaluate_SaysAlreadyCancelled_AfterCancelling()
    {
        var item = Item();
        item.Cancel(Now);

        Assert.Equal(EligibilityOutcome.AlreadyCancelled, Evaluate(item).Outcome);
    }
}
