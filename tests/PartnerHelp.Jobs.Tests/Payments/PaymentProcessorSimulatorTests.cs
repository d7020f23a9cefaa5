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

        var timeout = await Assert.ThrowsAsync<PaymentTransientException>(() => PayAsync(bed, refundId, lastAttempt: false));

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
        var started = System.Diagnostics.Stopwatch.StartNew();

        Assert.Equal(PaymentOutcome.Paid, await PayAsync(bed, refundId, lastAttempt: false));

        Assert.True(started.Elapsed >= TimeSpan.FromMilliseconds(550), $"A slow call took only {started.Elapsed}.");
        Assert.Equal(1, await LedgerCountAsync(bed, refundId));
    }

    [Fact]
    public async Task PayAsync_RecordsThenTimesOut_WhenLostResponseRateDrawsTheCall()
    {
        await using var bed = await JobsTestBed.CreateAsync(new() { ["Jobs:PaymentSimulator:LostResponseRate"] = "1", ["Jobs:PaymentSimulator:Seed"] = "3" });
        var refundId = await bed.CancelledOrderAsync("CT-9103");

        await Assert.ThrowsAsync<PaymentTransientException>(() => PayAsync(bed, refundId, lastAttempt: false));
        var recorded = await PayoutAsync(bed, refundId);

        Assert.NotNull(recorded);
        // The retry finds the payout by its idempotency key before any draw, so it answers at once.
        Assert.Equal(PaymentOutcome.Paid, await PayAsync(bed, refundId, lastAttempt: false));
        Assert.Equal(1, await LedgerCountAsync(bed, refundId));
        Assert.Equal(recorded.Reference, (await PayoutAsync(bed, refundId))!.Reference);
    }
}
