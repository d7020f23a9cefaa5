using PartnerHelp.Core.Refunds.Payments;
using PartnerHelp.Jobs.Payments;
using PartnerHelp.Jobs.Refunds;
using static PartnerHelp.Jobs.Tests.Refunds.RefundPaymentsTests;

namespace PartnerHelp.Jobs.Tests.Payments;

public sealed class PaymentProcessorSimulatorTests
{
    [Fact]
    public async Task PayAsync_TimesOutBeforeRecording_WhenSlowCallOutlastsTheTimeout()
    {
        // Half of the slow latency comes before the ledger write: 3 s against the bed's 2 s timeout.
        await using var bed = await JobsTestBed.CreateAsync(new() { ["Jobs:PaymentSimulator:SlowLatency"] = "00:00:06" });
        var refundId = await bed.CancelledOrderAsync("CT-9101");
        bed.Faults.Enqueue(PaymentFault.Slow);
        var timers = bed.Clock.TimersStarted;

        // Started: the timeout (1) and the first half of the slow latency (2).
        var pay = PayAsync(bed, refundId, lastAttempt: false);
        await bed.Clock.AdvanceWhenWaitingAsync(timers + 2, JobsTestBed.PaymentTimeout);
        var timeout = await Assert.ThrowsAsync<PaymentTransientException>(() => pay);

        Assert.Contains("did not answer", timeout.Message, StringComparison.Ordinal);
        Assert.Equal(0, await LedgerCountAsync(bed, refundId));
        Assert.Equal(PaymentOutcome.Paid, await PayAsync(bed, refundId, lastAttempt: false));
        Assert.Equal(1, await LedgerCountAsync(bed, refundId));
    }

    [Fact]
    public async Task PayAsync_PaysLate_WhenSlowCallStaysWithinTheTimeout()
    {
        await using var bed = await JobsTestBed.CreateAsync(new() { ["Jobs:PaymentSimulator:SlowLatency"] = "00:00:00.600" });
        var refundId = await bed.CancelledOrderAsync("CT-9102");
        bed.Faults.Enqueue(PaymentFault.Slow);
        var timers = bed.Clock.TimersStarted;

        // The timeout (1) and 300 ms before the ledger write (2), then 300 ms after it (3): 600 ms in all, within 2 s.
        var pay = PayAsync(bed, refundId, lastAttempt: false);
        await bed.Clock.AdvanceWhenWaitingAsync(timers + 2, TimeSpan.FromMilliseconds(300));
        await bed.Clock.AdvanceWhenWaitingAsync(timers + 3, TimeSpan.FromMilliseconds(299));
        Assert.False(pay.IsCompleted, "A slow call answered before its latency had passed.");
        bed.Clock.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Equal(PaymentOutcome.Paid, await pay);
        Assert.Equal(1, await LedgerCountAsync(bed, refundId));
    }

    [Fact]
    public async Task PayAsync_RecordsThenTimesOut_WhenLostResponseRateDrawsTheCall()
    {
        await using var bed = await JobsTestBed.CreateAsync(new() { ["Jobs:PaymentSimulator:LostResponseRate"] = "1", ["Jobs:PaymentSimulator:Seed"] = "3" });
        var refundId = await bed.CancelledOrderAsync("CT-9103");

        await Assert.ThrowsAsync<PaymentTransientException>(() => PayUnansweredAsync(bed, refundId, lastAttempt: false));
        var recorded = await PayoutAsync(bed, refundId);

        Assert.NotNull(recorded);
        // The retry finds the payout by its idempotency key before any draw, so it answers at once.
        Assert.Equal(PaymentOutcome.Paid, await PayAsync(bed, refundId, lastAttempt: false));
        Assert.Equal(1, await LedgerCountAsync(bed, refundId));
        Assert.Equal(recorded.Reference, (await PayoutAsync(bed, refundId))!.Reference);
    }
}
