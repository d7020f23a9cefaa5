using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Jobs.Recurring;

namespace PartnerHelp.Jobs.Tests.Recurring;

public sealed class WindowNoticesTests
{
    [Fact]
    public async Task RunAsync_NotifiesOnceInAdminsLanguage_WhenWindowClosesWithin48Hours()
    {
        await using var bed = await JobsTestBed.CreateAsync();
        await bed.ActiveOrderAsync("CT-9301", ageDays: 29);
        await bed.ActiveOrderAsync("CT-9302", ageDays: 5);
        await bed.ActiveOrderAsync("CT-9303", ageDays: 40);
        await bed.CancelledOrderAsync("CT-9304", ageDays: 29);

        var first = await RunAsync(bed);
        var second = await RunAsync(bed);

        Assert.Equal((1, 0), (first, second));
        var notification = await bed.InScopeAsync(s => s.GetRequiredService<PartnerHelpDbContext>().PartnerNotifications.AsNoTracking().SingleAsync());
        Assert.Equal((NotificationKinds.CancelWindowClosing, "CT-9301", "sv"), (notification.Kind, notification.Subject, notification.Culture));
        Assert.True(File.Exists(Path.Combine(bed.MailFolder, notification.EmailFile!)));
    }

    [Fact]
    public async Task RunAsync_NotifiesNobody_WhenTheWindowIsStillFarAway()
    {
        await using var bed = await JobsTestBed.CreateAsync();
        await bed.ActiveOrderAsync("CT-9311", ageDays: 26);

        Assert.Equal(0, await RunAsync(bed));

        bed.Clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(1, await RunAsync(bed));
    }

    private static Task<int> RunAsync(JobsTestBed bed) =>
        bed.InScopeAsync(s => s.GetRequiredService<WindowNotices>().RunAsync(CancellationToken.None));
}
