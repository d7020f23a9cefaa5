using PartnerHelp.Core.CreditRequests;
using PartnerHelp.Core.Eligibility;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Core.Reservations;
using PartnerHelp.Core.StoreOrders;
using PartnerHelp.Core.Subscriptions;
using PartnerHelp.Core.TaxRefunds;

namespace PartnerHelp.Core.Tests.Eligibility;

public sealed class SubjectKindsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(typeof(MembershipOrder), SubjectKind.MembershipOrder)]
    [InlineData(typeof(CspSubscription), SubjectKind.CspSubscription)]
    [InlineData(typeof(CreditRequestDraft), SubjectKind.CreditRequest)]
    [InlineData(typeof(Reservation), SubjectKind.Reservation)]
    [InlineData(typeof(ReservationExchange), SubjectKind.Reservation)]
    [InlineData(typeof(StoreOrderItem), SubjectKind.StoreOrderItem)]
    [InlineData(typeof(TaxRefundRequest), SubjectKind.TaxRefund)]
    public void Of_NamesEveryRegisteredSubjectType(Type type, SubjectKind kind) =>
        Assert.Equal(kind, SubjectKinds.Of(type));

    [Fact]
    public void Evaluate_StampsTheSubjectOnEveryReason()
    {
        var item = new StoreOrderItem("SO-5001-1", "SO-5001", "northwind", "Surface Pro", 1, new Money(14990m, "SEK"), isPreOrder: false);
        item.Cancel(Now.AddDays(-1));

        var result = Requesters.Service(Now, new StoreOrderItemRules()).Evaluate(item, Requesters.Northwind, Requesters.PlainUser);

        var reason = Assert.Single(result.Reasons);
        Assert.Equal((ReasonCode.AlreadyCancelled, SubjectKind.StoreOrderItem), (reason.Code, reason.Subject));
    }
}
