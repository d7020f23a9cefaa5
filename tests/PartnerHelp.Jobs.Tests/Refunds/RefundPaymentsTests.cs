using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Core.Refunds.Payments;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Jobs.Payments;
using PartnerHelp.Jobs.Refunds;
using PartnerHelp.Testing;

namespace PartnerHelp.Jobs.Tests.Refunds;

public sealed class RefundPaymentsTests
{
    [Fact]
    public async Task PayAsync_PaysOnce_WhenTransientFailureThenSuccess()
    {
        await using var bed = await JobsTestBed.CreateAsync();
        var refundId = await bed.CancelledOrderAsync("CT-9001");
        bed.Faults.Enqueue(PaymentFault.Transient);

        await Assert.ThrowsAsync<PaymentTransientException>(() => PayAsync(bed, refundId, lastAttempt: false));
        Assert.Equal(RefundStatus.Processing, (await RefundAsync(bed, refundId)).Status);
        Assert.Equal(0, await LedgerCountAsync(bed, refundId));

        Assert.Equal(PaymentOutcome.Paid, await PayAsync(bed, refundId, lastAttempt: false));
        Assert.Equal(1, await LedgerCountAsync(bed, refundId));
    }

    [Fact]
    public async Task PayAsync_FindsEarlierPayout_WhenResponseWasLostToTimeout()
    {
        await using var bed = await JobsTestBed.CreateAsync();
        var refundId = await bed.CancelledOrderAsync("CT-9002");
        bed.Faults.Enqueue(PaymentFault.LostResponse);

        var timeout = await Assert.ThrowsAsync<PaymentTransientException>(() => PayUnansweredAsync(bed, refundId, lastAttempt: false));
        Assert.Contains("did not answer", timeout.Message, StringComparison.Ordinal);
        var first = await PayoutAsync(bed, refundId);
        Assert.NotNull(first);

        Assert.Equal(PaymentOutcome.Paid, await PayAsync(bed, refundId, lastAttempt: false));
        Assert.Equal(PaymentOutcome.Paid, await PayAsync(bed, refundId, lastAttempt: false));
        Assert.Equal(1, await LedgerCountAsync(bed, refundId));
        Assert.Equal(first.Reference, (await PayoutAsync(bed, refundId))!.Reference);
    }

    [Fact]
    public async Task PayAsync_MarksRefundFailed_WhenProcessorDeclines()
    {
        await using var bed = await JobsTestBed.CreateAsync();
        var refundId = await bed.CancelledOrderAsync("CT-9003");
        bed.Faults.Enqueue(PaymentFault.Declined);

        Assert.Equal(PaymentOutcome.Declined, await PayAsync(bed, refundId, lastAttempt: false));

        var refund = await RefundAsync(bed, refundId);
        Assert.Equal(RefundStatus.Failed, refund.Status);
        Assert.StartsWith("instrument_closed", refund.FailureReason, StringComparison.Ordinal);
        Assert.Equal(0, await LedgerCountAsync(bed, refundId));
        Assert.Equal(PaymentOutcome.NothingToDo, await PayAsync(bed, refundId, lastAttempt: false));
    }

    [Fact]
    public async Task PayAsync_MarksRefundFailed_WhenLastAttemptFailsTransiently()
    {
        await using var bed = await JobsTestBed.CreateAsync();
        var refundId = await bed.CancelledOrderAsync("CT-9004");
        bed.Faults.Enqueue(PaymentFault.Transient);

        await Assert.ThrowsAsync<PaymentTransientException>(() => PayAsync(bed, refundId, lastAttempt: true));

        var refund = await RefundAsync(bed, refundId);
        Assert.Equal(RefundStatus.Failed, refund.Status);
        Assert.StartsWith("retries_exhausted", refund.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PayAsync_NeverPaysTwice_WhenOperatorRetriesRefundFailedAfterLostResponse()
    {
        await using var bed = await JobsTestBed.CreateAsync();
        var refundId = await bed.CancelledOrderAsync("CT-9005");
        bed.Faults.Enqueue(PaymentFault.LostResponse);
        await Assert.ThrowsAsync<PaymentTransientException>(() => PayUnansweredAsync(bed, refundId, lastAttempt: true));
        Assert.Equal(RefundStatus.Failed, (await RefundAsync(bed, refundId)).Status);
        var paid = await PayoutAsync(bed, refundId);
        Assert.NotNull(paid);

        await bed.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<PartnerHelpDbContext>();
            var refund = await db.Refunds.Include(r => r.Transitions).SingleAsync(r => r.Id == refundId);
            refund.RetryByOperator(bed.Clock.GetUtcNow(), "ops");
            return await db.SaveChangesAsync();
        });

        Assert.Equal(PaymentOutcome.Paid, await PayAsync(bed, refundId, lastAttempt: false));
        Assert.Equal(1, await LedgerCountAsync(bed, refundId));
        Assert.Equal(paid.Reference, (await PayoutAsync(bed, refundId))!.Reference);
    }

    [Fact]
    public async Task PayAsync_PaysEachRefundOnce_WhenManyAttemptsRunConcurrently()
    {
        await using var bed = await JobsTestBed.CreateAsync();
        var refundId = await bed.CancelledOrderAsync("CT-9006");
        await PayAsync(bed, refundId, lastAttempt: false);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => PayAsync(bed, refundId, lastAttempt: false)));

        Assert.All(outcomes, o => Assert.Equal(PaymentOutcome.Paid, o));
        Assert.Equal(1, await LedgerCountAsync(bed, refundId));
    }

    internal static Task<PaymentOutcome> PayAsync(JobsTestBed bed, string refundId, bool lastAttempt) =>
        bed.InScopeAsync(services => services.GetRequiredService<RefundPayments>().PayAsync(refundId, null, lastAttempt, null, CancellationToken.None));

    internal static Task<Refund> RefundAsync(JobsTestBed bed, string refundId) =>
        bed.InScopeAsync(services => services.GetRequiredService<PartnerHelpDbContext>().Refunds.AsNoTracking().SingleAsync(r => r.Id == refundId));

    /// <summary>
    /// A payment whose response is lost: once the processor has recorded the payout (the call then never answers), the
    /// clock passes the payment timeout, which ends the call.
    /// </summary>
    internal static async Task<PaymentOutcome> PayUnansweredAsync(JobsTestBed bed, string refundId, bool lastAttempt)
    {
        var before = await LedgerCountAsync(bed, refundId);
        var pay = PayAsync(bed, refundId, lastAttempt);
        await Eventually.MatchesAsync($"the payout of {refundId} to be recorded", () => LedgerCountAsync(bed, refundId), count => count > before || pay.IsCompleted, TimeSpan.FromSeconds(30));
        bed.Clock.Advance(JobsTestBed.PaymentTimeout);
        return await pay;
    }

    internal static Task<int> LedgerCountAsync(JobsTestBed bed, string refundId) =>
        bed.InScopeAsync(services => services.GetRequiredService<PartnerHelpDbContext>().PayoutLedger.CountAsync(e => e.RefundId == refundId));

    internal static Task<Payout?> PayoutAsync(JobsTestBed bed, string refundId) =>
        bed.InScopeAsync(services => services.GetRequiredService<IPaymentProcessor>().FindAsync($"refund:{refundId}"));
}
