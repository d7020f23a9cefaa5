using System.Data.Common;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Core.Partners;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Core.TaxRefunds;
using PartnerHelp.Infrastructure.Jobs;

namespace PartnerHelp.Infrastructure.Memberships;

/// <summary>
/// Turns the rows of <see cref="PartnerOrderSql"/> into the domain's entities, as EF Core would (the same columns, the
/// same conversions: enums as their names, on SQLite instants as UTC ticks and decimals as text), without its
/// per-execution shaper. Entities keep their private setters; <see cref="EntityAccess"/> reaches them the way EF Core's
/// field access does, without reflection.
/// </summary>
internal sealed class PartnerOrderRows(bool ticks)
{
    /// <summary>Reads an order from the columns starting at <paramref name="at"/>.</summary>
    public MembershipOrder Order(DbDataReader row, int at)
    {
        var order = EntityAccess.NewOrder();
        EntityAccess.OrderId(order, row.GetString(at));
        EntityAccess.OrderPartnerId(order, row.GetString(at + 1));
        EntityAccess.Offer(order, Name<MembershipOffer>(row, at + 2));
        EntityAccess.PurchasedAt(order, Instant(row, at + 3));
        EntityAccess.OrderAmount(order, row.GetDecimal(at + 4));
        EntityAccess.OrderCurrency(order, row.GetString(at + 5));
        EntityAccess.PaymentMethod(order, Name<PaymentMethod>(row, at + 6));
        EntityAccess.OrderInstrument(order, row.GetString(at + 7));
        EntityAccess.ActivatedBenefit(order, row.IsDBNull(at + 8) ? null : Name<MembershipBenefit>(row, at + 8));
        EntityAccess.BenefitActivatedAt(order, MaybeInstant(row, at + 9));
        EntityAccess.ProductKeysViewedAt(order, MaybeInstant(row, at + 10));
        EntityAccess.GoldUpgradeDiscountUsed(order, row.GetBoolean(at + 11));
        EntityAccess.OrderStatus(order, Name<OrderStatus>(row, at + 12));
        EntityAccess.CancelledAt(order, MaybeInstant(row, at + 13));
        EntityAccess.CancelledBy(order, MaybeString(row, at + 14));
        EntityAccess.CancellationReason(order, row.IsDBNull(at + 15) ? null : Name<CancellationReason>(row, at + 15));
        EntityAccess.CancellationNote(order, MaybeString(row, at + 16));
        EntityAccess.OrderVersion(order, row.GetInt32(at + 17));
        return order;
    }

    /// <summary>Reads a partner from the columns starting at <paramref name="at"/>.</summary>
    public static Partner Partner(DbDataReader row, int at) => new(
        row.GetString(at),
        row.GetString(at + 1),
        row.GetString(at + 2),
        Name<PartnerStatus>(row, at + 3),
        Name<CspRelationship>(row, at + 4),
        row.GetBoolean(at + 5));

    /// <summary>Reads a refund from the columns starting at <paramref name="at"/>; null when the row has none.</summary>
    public Refund? Refund(DbDataReader row, int at)
    {
        if (row.IsDBNull(at))
        {
            return null;
        }

        var refund = EntityAccess.NewRefund();
        EntityAccess.RefundId(refund, row.GetString(at));
        EntityAccess.RefundOrderId(refund, row.GetString(at + 1));
        EntityAccess.Subject(refund, Name<RefundSubject>(row, at + 2));
        EntityAccess.RefundPartnerId(refund, row.GetString(at + 3));
        EntityAccess.RefundAmount(refund, row.GetDecimal(at + 4));
        EntityAccess.RefundCurrency(refund, row.GetString(at + 5));
        EntityAccess.RefundInstrument(refund, row.GetString(at + 6));
        EntityAccess.RefundStatus(refund, Name<RefundStatus>(row, at + 7));
        EntityAccess.RequestedAt(refund, Instant(row, at + 8));
        EntityAccess.ProcessingAt(refund, MaybeInstant(row, at + 9));
        EntityAccess.CompletedAt(refund, MaybeInstant(row, at + 10));
        EntityAccess.FailedAt(refund, MaybeInstant(row, at + 11));
        EntityAccess.FailureReason(refund, MaybeString(row, at + 12));
        EntityAccess.ProcessorReference(refund, MaybeString(row, at + 13));
        EntityAccess.RefundVersion(refund, row.GetInt32(at + 14));
        return refund;
    }

    /// <summary>Adds the transition in the columns starting at <paramref name="at"/> to <paramref name="refund"/>, if the row has one.</summary>
    public void Transition(DbDataReader row, int at, Refund refund)
    {
        if (row.IsDBNull(at))
        {
            return;
        }

        EntityAccess.Transitions(refund).Add(EntityAccess.NewTransition(
            refund.Id,
            row.GetInt32(at),
            row.IsDBNull(at + 1) ? null : Name<RefundStatus>(row, at + 1),
            Name<RefundStatus>(row, at + 2),
            Instant(row, at + 3),
            row.GetString(at + 4),
            MaybeString(row, at + 5)));
    }

    /// <summary>Reads a tax refund claim from the row's columns.</summary>
    public TaxRefundClaim Claim(DbDataReader row)
    {
        var claim = new TaxRefundClaim(row.GetString(1), row.GetString(2), row.GetString(3), Instant(row, 4));
        EntityAccess.ClaimId(claim, row.GetString(0));
        return claim;
    }

    /// <summary>Reads a notification view from the row's columns.</summary>
    public PartnerNotificationView Notification(DbDataReader row) => new(row.GetString(0), row.GetString(1), Instant(row, 2));

    private DateTimeOffset Instant(DbDataReader row, int at) =>
        ticks ? new DateTimeOffset(row.GetInt64(at), TimeSpan.Zero) : row.GetFieldValue<DateTimeOffset>(at);

    private DateTimeOffset? MaybeInstant(DbDataReader row, int at) => row.IsDBNull(at) ? null : Instant(row, at);

    private static string? MaybeString(DbDataReader row, int at) => row.IsDBNull(at) ? null : row.GetString(at);

    // An enum stored as its name; the SQLite page reads parse it from the column's bytes without making the string.
    private static T Name<T>(DbDataReader row, int at)
        where T : struct, Enum =>
        row is SqliteStatement.SqliteStatementReader sqlite ? sqlite.GetEnum<T>(at) : Enum.Parse<T>(row.GetString(at));
}
