using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Jobs.Recurring;

namespace PartnerHelp.Jobs.Tests.Recurring;

public sealed class RefundReconciliationTests
{
    [Fact]
    public async Task RunAsync_OpensThenResolvesAlert_WhenRefundedRefundHasNoPayout()
    {
        await using var bed = await JobsTestBed.CreateAsync();
        var refundId = await bed.CancelledOrderAsync("CT-9201");
        await bed.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<PartnerHelpDbContext>();
            var refund = await db.Refunds.Include(r => r.Transitions).SingleAsync();
            refund.StartProcessing(bed.Clock.GetUtcNow());
            refund.MarkRefunded(bed.Clock.GetUtcNow(), "PAY-FORGED");
            return await db.SaveChangesAsync();
        });

        var first = await RunAsync(bed);
        var second = await RunAsync(bed);

        Assert.Equal((1, 1, 0), (first.Checked, first.Opened, first.Resolved));
        Assert.Equal(0, second.Opened);
        var alert = await bed.InScopeAsync(s => s.GetRequiredService<PartnerHelpDbContext>().JobAlerts.AsNoTracking().SingleAsync());
        Assert.Equal((JobAlertKinds.RefundedWithoutPayout, refundId), (alert.Kind, alert.Subject));

        await bed.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<PartnerHelpDbContext>();
            db.PayoutLedger.Add(new PayoutLedgerEntry
            {
                IdempotencyKey = $"refund:{refundId}", RefundId = refundId, Reference = "PAY-1", Amount = 1765m, Currency = "USD",
                Instrument = "Visa", AcceptedAt = bed.Clock.GetUtcNow(), SettlesAt = bed.Clock.GetUtcNow(),
            });
            return await db.SaveChangesAsync();
        });
        Assert.Equal(1, (await RunAsync(bed)).Resolved);
    }

    private static Task<ReconciliationReport> RunAsync(JobsTestBed bed) =>
        bed.InScopeAsync(s => s.GetRequiredService<RefundReconciliation>().RunAsync(CancellationToken.None));
}
