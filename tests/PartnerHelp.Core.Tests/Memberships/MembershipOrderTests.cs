using PartnerHelp.Core.Memberships;
using PartnerHelp.Core.Refunds;

namespace PartnerHelp.Core.Tests.Memberships;

public sealed class MembershipOrderTests
{
    [Fact]
    public void Cancel_OpensARefundForTheFullAmountToTheSameInstrument()
    {
        var order = OrderBuilder.Order();
        var versionBefore = order.Version;

        var refund = order.Cancel(RefundIds.For(order.Id), "u-admin", CancellationReason.PurchasedByMistake, "  wrong offer  ", OrderBuilder.Now);

        Assert.Equal(OrderStatus.Cancelled, order.Status);
        Assert.Equal("wrong offer", order.CancellationNote);
        Assert.Equal(OrderBuilder.Now, order.CancelledAt);
        Assert.True(order.Version > versionBefore);
        Assert.Equal("RF-CT-9001", refund.Id);
        Assert.Equal(order.Price, refund.Total);
        Assert.Equal(order.PaymentInstrument, refund.PaymentInstrument);
        Assert.Equal(RefundStatus.Requested, refund.Status);
    }

    [Fact]
    public void Cancel_Throws_WhenAlreadyCancelled()
    {
        var order = OrderBuilder.Order();
        order.Cancel("RF-1", "u-admin", CancellationReason.Other, null, OrderBuilder.Now);

        Assert.Throws<InvalidOperationException>(() => order.Cancel("RF-2", "u-admin", CancellationReason.Other, null, OrderBuilder.Now));
    }

    [Fact]
    public void Cancel_Throws_AndChangesNothing_WhenNoteIsTooLong()
    {
        var order = OrderBuilder.Order();

        Assert.Throws<ArgumentException>(() =>
            order.Cancel("RF-1", "u-admin", CancellationReason.Other, new string('x', MembershipOrder.MaxCancellationNoteLength + 1), OrderBuilder.Now));
        Assert.Equal(OrderStatus.Active, order.Status);
    }

    [Fact]
    public void Cancel_RaisesTheVersion_SoConcurrentWritersAndTheDemoReBaseSeeTheChange()
    {
        var order = OrderBuilder.Order();
        var before = order.Version;

        order.Cancel("RF-1", "u-admin", CancellationReason.Other, null, OrderBuilder.Now);

        Assert.Equal(before + 1, order.Version);
    }

    [Fact]
    public void RecordGoldUpgradeWithDiscount_Throws_WhenOrderIsNotSilver() =>
        Assert.Throws<InvalidOperationException>(() => OrderBuilder.Order(offer: MembershipOffer.ActionPack).RecordGoldUpgradeWithDiscount());
}
