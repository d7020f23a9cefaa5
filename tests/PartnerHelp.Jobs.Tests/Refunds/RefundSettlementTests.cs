using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Jobs.Refunds;

namespace PartnerHelp.Jobs.Tests.Refunds;

public sealed class RefundSettlementTests
{
    [Fact]
    public async Task CheckAsync_MarksRefundedAndNotifiesOnce_WhenPayoutSettles()
    {
        await using var bed = await JobsTestBed.CreateAsync();
        var refundId = await bed.CancelledOrderAsync("CT-9101");
        await RefundPaymentsTests.PayAsync(bed, refundId, lastAttempt: false);

        Assert.Equal(SettlementOutcome.Pending, await CheckAsync(bed, refundId, "vi"));
        Assert.Equal(RefundStatus.Processing, (await RefundPaymentsTests.RefundAsync(bed, refundId)).Status);

        bed.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(SettlementOutcome.Settled, await CheckAsync(bed, refundId, "vi"));
        Assert.Equal(SettlementOutcome.Stop, await CheckAsync(bed, refundId, "vi"));

        var refund = await RefundPaymentsTests.RefundAsync(bed, refundId);
        Assert.Equal(RefundStatus.Refunded, refund.Status);
        Assert.Equal((await RefundPaymentsTests.PayoutAsync(bed, refundId))!.Reference, refund.ProcessorReference);
        var notifications = await bed.InScopeAsync(s => s.GetRequiredService<PartnerHelpDbContext>().PartnerNotifications.AsNoTracking().ToListAsync());
        var notification = Assert.Single(notifications);
        Assert.Equal((NotificationKinds.RefundCompleted, refundId, "vi"), (notification.Kind, notification.Subject, notification.Culture));
        var mail = await File.ReadAllTextAsync(Path.Combine(bed.MailFolder, notification.EmailFile!));
        Assert.Contains("To: admin@contoso.example", mail, StringComparison.Ordinal);
        Assert.Contains(refund.ProcessorReference!, mail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAsync_WritesMailInPartnerAdminsLanguage_WhenNoCultureWasRecorded()
    {
        await using var bed = await JobsTestBed.CreateAsync();
        var refundId = await bed.CancelledOrderAsync("CT-9102");
        await RefundPaymentsTests.PayAsync(bed, refundId, lastAttempt: false);
        bed.Clock.Advance(TimeSpan.FromHours(2));

        await CheckAsync(bed, refundId, culture: null);

        var notification = await bed.InScopeAsync(s => s.GetRequiredService<PartnerHelpDbContext>().PartnerNotifications.AsNoTracking().SingleAsync());
        Assert.Equal("sv", notification.Culture);
    }

    [Fact]
    public async Task CheckAsync_FlagsRefund_WhenItNearsOrPassesTheThirtyDayPromise()
    {
        await using var bed = await JobsTestBed.CreateAsync();
        var refundId = await bed.CancelledOrderAsync("CT-9103");
        await RefundPaymentsTests.PayAsync(bed, refundId, lastAttempt: false);
        await bed.InScopeAsync(async s =>
        {
            // A processor that never settles: the payout is due in 60 days.
            var db = s.GetRequiredService<PartnerHelpDbContext>();
            var entry = await db.PayoutLedger.SingleAsync();
            db.Entry(entry).Property(e => e.SettlesAt).CurrentValue = bed.Clock.GetUtcNow().AddDays(60);
            return await db.SaveChangesAsync();
        });

        bed.Clock.Advance(TimeSpan.FromDays(26));
        await CheckAsync(bed, refundId, "en");
        await CheckAsync(bed, refundId, "en");
        bed.Clock.Advance(TimeSpan.FromDays(5));
        await CheckAsync(bed, refundId, "en");

        var alerts = await bed.InScopeAsync(s => s.GetRequiredService<PartnerHelpDbContext>().JobAlerts.AsNoTracking().Select(a => a.Kind).ToListAsync());
        Assert.Equal([JobAlertKinds.NearPromise, JobAlertKinds.PastPromise], alerts.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task CheckAsync_ResolvesThePromiseAlerts_WhenALateRefundSettles()
    {
        await using var bed = await JobsTestBed.CreateAsync();
        var refundId = await bed.CancelledOrderAsync("CT-9104");
        await RefundPaymentsTests.PayAsync(bed, refundId, lastAttempt: false);
        await SettleAtAsync(bed, bed.Clock.GetUtcNow().AddDays(33));
        bed.Clock.Advance(TimeSpan.FromDays(26));
        await CheckAsync(bed, refundId, "en");
        bed.Clock.Advance(TimeSpan.FromDays(5));
        await CheckAsync(bed, refundId, "en");
        bed.Clock.Advance(TimeSpan.FromDays(2));

        Assert.Equal(SettlementOutcome.Settled, await CheckAsync(bed, refundId, "en"));

        var alerts = await bed.InScopeAsync(s => s.GetRequiredService<PartnerHelpDbContext>().JobAlerts.AsNoTracking().ToListAsync());
        Assert.Equal(2, alerts.Count);
        Assert.All(alerts, a => Assert.Equal(bed.Clock.GetUtcNow(), a.ResolvedAt));
    }

    private static Task<int> SettleAtAsync(JobsTestBed bed, DateTimeOffset settlesAt) =>
        bed.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<PartnerHelpDbContext>();
            var entry = await db.PayoutLedger.SingleAsync();
            db.Entry(entry).Property(e => e.SettlesAt).CurrentValue = settlesAt;
            return await db.SaveChangesAsync();
        });

    private static Task<SettlementOutcome> CheckAsync(JobsTestBed bed, string refundId, string? culture) =>
        bed.InScopeAsync(s => s.GetRequiredService<RefundSettlement>().CheckAsync(refundId, culture, CancellationToken.None));
}
