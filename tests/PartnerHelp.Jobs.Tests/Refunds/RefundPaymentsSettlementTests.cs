using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Core.Refunds.Payments;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Jobs.Notifications;
using PartnerHelp.Jobs.Refunds;
using static PartnerHelp.Jobs.Tests.Refunds.RefundPaymentsTests;

namespace PartnerHelp.Jobs.Tests.Refunds;

/// <summary>RefundPayments when the processor answers the payout already settled: the refund completes in the payment run.</summary>
public sealed class RefundPaymentsSettlementTests
{
    private static readonly Dictionary<string, string?> SettlesAtOnce = new() { ["Jobs:PaymentSimulator:SettlementDelay"] = "00:00:00" };

    [Fact]
    public async Task PayAsync_CompletesRefundAndMailsOnce_WhenProcessorAnswersSettled()
    {
        await using var bed = await JobsTestBed.CreateAsync(new(SettlesAtOnce));
        var refundId = await bed.CancelledOrderAsync("CT-9201");

        Assert.Equal(PaymentOutcome.Settled, await PayAsync(bed, refundId, "vi"));

        var refund = await RefundAsync(bed, refundId);
        Assert.Equal(RefundStatus.Refunded, refund.Status);
        Assert.Equal((await PayoutAsync(bed, refundId))!.Reference, refund.ProcessorReference);
        var notification = Assert.Single(await NotificationsAsync(bed));
        Assert.Equal((NotificationKinds.RefundCompleted, refundId, "vi"), (notification.Kind, notification.Subject, notification.Culture));
        Assert.Equal([notification.EmailFile!], MailFiles(bed));

        // A second run (a duplicate dispatch) and a status check that was scheduled anyway find nothing to do.
        Assert.Equal(PaymentOutcome.NothingToDo, await PayAsync(bed, refundId, "vi"));
        Assert.Equal(SettlementOutcome.Stop, await bed.InScopeAsync(s => s.GetRequiredService<RefundSettlement>().CheckAsync(refundId, "vi", CancellationToken.None)));
        Assert.Single(await NotificationsAsync(bed));
        Assert.Single(MailFiles(bed));
        Assert.Equal(1, await LedgerCountAsync(bed, refundId));
    }

    [Fact]
    public async Task PayAsync_LeavesRefundProcessingWithoutMail_WhenProcessorAnswersPending()
    {
        await using var bed = await JobsTestBed.CreateAsync();
        var refundId = await bed.CancelledOrderAsync("CT-9202");

        Assert.Equal(PaymentOutcome.Paid, await PayAsync(bed, refundId, "en"));

        Assert.Equal(RefundStatus.Processing, (await RefundAsync(bed, refundId)).Status);
        Assert.Empty(await NotificationsAsync(bed));
        Assert.Empty(MailFiles(bed));
        Assert.Equal(1, await LedgerCountAsync(bed, refundId));
    }

    [Fact]
    public async Task PayAsync_CompletesOnce_WhenRunAgainAfterCrashBetweenPayoutAndSettlement()
    {
        await using var bed = await JobsTestBed.CreateAsync(new(SettlesAtOnce));
        var refundId = await bed.CancelledOrderAsync("CT-9203");

        // The state a process killed after the processor's ledger write and the mail file, before the commit, leaves.
        await bed.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<PartnerHelpDbContext>();
            var refund = await db.Refunds.Include(r => r.Transitions).SingleAsync(r => r.Id == refundId);
            refund.StartProcessing(bed.Clock.GetUtcNow());
            await db.SaveChangesAsync();
            await s.GetRequiredService<IPaymentProcessor>().PayAsync(PayoutRequest.For(refund));
            refund.MarkRefunded(bed.Clock.GetUtcNow(), "PAY-LOST");
            return await s.GetRequiredService<RefundNotifier>().PrepareRefundCompletedAsync(refund, "sv", CancellationToken.None);
        });
        Assert.Equal(RefundStatus.Processing, (await RefundAsync(bed, refundId)).Status);
        Assert.Single(MailFiles(bed));

        // The recovered run (RequestRecovery) pays again under the same key: the processor answers with the first payout.
        Assert.Equal(PaymentOutcome.Settled, await PayAsync(bed, refundId, "sv"));

        Assert.Equal(1, await LedgerCountAsync(bed, refundId));
        var refundAfter = await RefundAsync(bed, refundId);
        Assert.Equal(RefundStatus.Refunded, refundAfter.Status);
        Assert.Equal((await PayoutAsync(bed, refundId))!.Reference, refundAfter.ProcessorReference);
        Assert.Single(await NotificationsAsync(bed));
        Assert.Single(MailFiles(bed));
    }

    [Fact]
    public async Task PayAsync_CompletesOnce_WhenManyRunsSettleConcurrently()
    {
        await using var bed = await JobsTestBed.CreateAsync(new(SettlesAtOnce));
        var refundId = await bed.CancelledOrderAsync("CT-9204");
        await bed.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<PartnerHelpDbContext>();
            (await db.Refunds.Include(r => r.Transitions).SingleAsync(r => r.Id == refundId)).StartProcessing(bed.Clock.GetUtcNow());
            return await db.SaveChangesAsync();
        });

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => PayAsync(bed, refundId, "en")));

        Assert.Single(outcomes, o => o == PaymentOutcome.Settled);
        Assert.All(outcomes, o => Assert.True(o is PaymentOutcome.Settled or PaymentOutcome.NothingToDo, o.ToString()));
        Assert.Equal(RefundStatus.Refunded, (await RefundAsync(bed, refundId)).Status);
        Assert.Equal(1, await LedgerCountAsync(bed, refundId));
        Assert.Single(await NotificationsAsync(bed));
        Assert.Single(MailFiles(bed));
    }

    private static Task<PaymentOutcome> PayAsync(JobsTestBed bed, string refundId, string culture) =>
        bed.InScopeAsync(s => s.GetRequiredService<RefundPayments>().PayAsync(refundId, culture, lastAttempt: false, run: null, CancellationToken.None));

    private static Task<List<PartnerNotification>> NotificationsAsync(JobsTestBed bed) =>
        bed.InScopeAsync(s => s.GetRequiredService<PartnerHelpDbContext>().PartnerNotifications.AsNoTracking().ToListAsync());

    private static List<string> MailFiles(JobsTestBed bed) =>
        Directory.Exists(bed.MailFolder) ? Directory.GetFiles(bed.MailFolder).Select(f => Path.GetFileName(f)!).ToList() : [];
}
