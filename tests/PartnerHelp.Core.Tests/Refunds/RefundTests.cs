using PartnerHelp.Core.Refunds;

namespace PartnerHelp.Core.Tests.Refunds;

public sealed class RefundTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 10, 0, 0, TimeSpan.Zero);

    private static Refund NewRefund() => Refund.Request("RF-CT-1001", "CT-1001", "contoso", new Money(1765m, "USD"), "Visa •••• 4242", T0, "u-admin");

    public static TheoryData<RefundStatus, RefundStatus, bool> Moves()
    {
        var data = new TheoryData<RefundStatus, RefundStatus, bool>();
        var allowed = new HashSet<(RefundStatus, RefundStatus)>
        {
            (RefundStatus.Requested, RefundStatus.Processing),
            (RefundStatus.Processing, RefundStatus.Refunded),
            (RefundStatus.Processing, RefundStatus.Failed),
            (RefundStatus.Failed, RefundStatus.Processing),
        };
        foreach (var from in Enum.GetValues<RefundStatus>())
        {
            foreach (var to in Enum.GetValues<RefundStatus>())
            {
                data.Add(from, to, allowed.Contains((from, to)));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Moves))]
    public void IsAllowed_MatchesTheStateMachine_ForEveryPairOfStates(RefundStatus from, RefundStatus to, bool allowed) =>
        Assert.Equal(allowed, Refund.IsAllowed(from, to));

    [Fact]
    public void Request_StartsRequestedWithTheOriginalAmountAndInstrument()
    {
        var refund = NewRefund();

        Assert.Equal(RefundStatus.Requested, refund.Status);
        Assert.Equal(new Money(1765m, "USD"), refund.Total);
        Assert.Equal("Visa •••• 4242", refund.PaymentInstrument);
        Assert.Equal("refund:RF-CT-1001", refund.IdempotencyKey);
        var first = Assert.Single(refund.Transitions);
        Assert.Null(first.From);
        Assert.Equal(RefundStatus.Requested, first.To);
        Assert.Equal(T0, first.At);
        Assert.Equal("u-admin", first.Actor);
    }

    [Fact]
    public void Transitions_AreTimestampedInOrder_WhenRefundCompletes()
    {
        var refund = NewRefund();

        refund.StartProcessing(T0.AddMinutes(1));
        refund.MarkRefunded(T0.AddDays(2), "sim-payout-1");

        Assert.Equal(RefundStatus.Refunded, refund.Status);
        Assert.Equal(T0.AddDays(2), refund.CompletedAt);
        Assert.Equal("sim-payout-1", refund.ProcessorReference);
        Assert.Equal([1, 2, 3], refund.Transitions.Select(t => t.Sequence));
        Assert.Equal([RefundStatus.Requested, RefundStatus.Processing, RefundStatus.Refunded], refund.Transitions.Select(t => t.To));
    }

    [Fact]
    public void RetryByOperator_ReturnsFailedRefundToProcessing_AndRecordsWho()
    {
        var refund = NewRefund();
        refund.StartProcessing(T0.AddMinutes(1));
        refund.MarkFailed(T0.AddMinutes(2), "card closed");

        refund.RetryByOperator(T0.AddHours(1), "ops-1");

        Assert.Equal(RefundStatus.Processing, refund.Status);
        Assert.Equal("card closed", refund.FailureReason);
        Assert.Equal("ops-1", refund.Transitions[^1].Actor);
    }

    [Fact]
    public void MarkRefunded_Throws_WhenRefundWasNeverProcessing()
    {
        var refund = NewRefund();

        var error = Assert.Throws<InvalidRefundTransitionException>(() => refund.MarkRefunded(T0, "x"));

        Assert.Equal(RefundStatus.Requested, error.From);
        Assert.Equal(RefundStatus.Refunded, error.To);
        Assert.Equal(RefundStatus.Requested, refund.Status);
        Assert.Single(refund.Transitions);
    }

    [Fact]
    public void StartProcessing_Throws_WhenFailedRefundIsRetriedWithoutAnOperator()
    {
        var refund = NewRefund();
        refund.StartProcessing(T0);
        refund.MarkFailed(T0, "declined");

        Assert.Throws<InvalidRefundTransitionException>(() => refund.StartProcessing(T0));
    }

    [Fact]
    public void RetryByOperator_Throws_WhenRefundIsNotFailed()
    {
        var refund = NewRefund();
        refund.StartProcessing(T0);
        refund.MarkRefunded(T0, "p");

        Assert.Throws<InvalidRefundTransitionException>(() => refund.RetryByOperator(T0, "ops-1"));
    }

    [Fact]
    public void Request_Throws_WhenAmountIsNotPositive() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Refund.Request("RF-1", "CT-1", "contoso", new Money(0m, "USD"), "Visa", T0));
}
