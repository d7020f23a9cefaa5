using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Core;
using PartnerHelp.Core.Accounts;
using PartnerHelp.Core.Outbox;
using PartnerHelp.Core.StoreOrders;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Infrastructure.RefundPaths;
using PartnerHelp.Jobs.Notifications;

namespace PartnerHelp.Jobs.Tests.Notifications;

public sealed class StoreOrderConfirmationsTests
{
    private static readonly Requester Admin = new("admin@contoso.example", "contoso", new HashSet<string> { PartnerRoles.MpnAdmin });

    [Fact]
    public async Task HandleAsync_WritesOneMailInTheRowsCulture_ListingOnlyTheItemsThatCancellationCancelled()
    {
        await using var bed = await JobsTestBed.CreateAsync();
        await StoreOrderAsync(bed);
        await CancelAsync(bed, "vi", "SO-9001-1", "SO-9001-2");
        bed.Clock.Advance(TimeSpan.FromMinutes(5));
        await CancelAsync(bed, "de", "SO-9001-3");

        await HandlePendingAsync(bed);

        var notifications = await NotificationsAsync(bed);
        Assert.Equal(2, notifications.Count);
        Assert.Equal(["de", "vi"], notifications.Select(n => n.Culture).Order(StringComparer.Ordinal));
        var first = await File.ReadAllTextAsync(Path.Combine(bed.MailFolder, notifications.Single(n => n.Culture == "vi").EmailFile!));
        Assert.Contains("store SO-9001 [vi]", Decode(first), StringComparison.Ordinal);
        Assert.Contains("SO-9001-1 Surface Laptop 7 1299.00 USD", first, StringComparison.Ordinal);
        Assert.Contains("SO-9001-2 Surface Pen 99.99 USD", first, StringComparison.Ordinal);
        Assert.DoesNotContain("SO-9001-3", first, StringComparison.Ordinal);
        Assert.Contains("To: admin@contoso.example, buyer@contoso.example", first, StringComparison.Ordinal);
        Assert.Equal(2, Directory.GetFiles(bed.MailFolder, "*.eml").Length);
        Assert.All(await OutboxAsync(bed), m => Assert.NotNull(m.DispatchedAt));
    }

    [Fact]
    public async Task HandleAsync_LeavesOneMail_WhenTheFirstAttemptCrashedAfterWritingTheMailAndTheRowIsHandledAgain()
    {
        await using var bed = await JobsTestBed.CreateAsync();
        await StoreOrderAsync(bed);
        await CancelAsync(bed, "sv", "SO-9001-1");
        var message = (await OutboxAsync(bed)).Single();

        // The first attempt wrote the mail and died before its transaction committed: nothing of it was saved.
        await bed.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<PartnerHelpDbContext>();
            var items = await db.StoreOrderItems.Where(i => i.Id == "SO-9001-1").ToListAsync();
            var order = await db.StoreOrders.SingleAsync(o => o.Id == "SO-9001");
            return await s.GetRequiredService<RefundNotifier>().PrepareAsync(NotificationKinds.StoreItemsCancelled, message.Id.ToString("N"), "contoso", message.Culture, order.PlacedBy,
                (partner, culture) => s.GetRequiredService<IRefundMessages>().StoreItemsCancelled(order, items, partner, culture), CancellationToken.None);
        });
        Assert.Single(Directory.GetFiles(bed.MailFolder, "*.eml"));

        await HandlePendingAsync(bed);
        await HandleAgainAsync(bed, message.Id);

        Assert.Single(Directory.GetFiles(bed.MailFolder, "*.eml"));
        var notification = Assert.Single(await NotificationsAsync(bed));
        Assert.Equal((message.Id.ToString("N"), "sv"), (notification.Subject, notification.Culture));
        var row = Assert.Single(await OutboxAsync(bed));
        Assert.NotNull(row.DispatchedAt);
    }

    [Fact]
    public async Task HandleAsync_ParksTheRowWithoutMail_WhenTheOrderIsUnknown()
    {
        await using var bed = await JobsTestBed.CreateAsync();
        await bed.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<PartnerHelpDbContext>();
            db.OutboxMessages.Add(new OutboxMessage(Guid.NewGuid(), OutboxMessage.StoreItemsCancelled, "SO-0000", "en", bed.Clock.GetUtcNow()));
            return await db.SaveChangesAsync();
        });

        await HandlePendingAsync(bed);

        var row = Assert.Single(await OutboxAsync(bed));
        Assert.NotNull(row.DispatchedAt);
        Assert.Contains("SO-0000", row.LastError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(bed.MailFolder) && Directory.GetFiles(bed.MailFolder, "*.eml").Length > 0);
        Assert.Empty(await NotificationsAsync(bed));
    }

    private static string Decode(string mail)
    {
        var subject = mail.Split("\r\n").Single(l => l.StartsWith("Subject: ", StringComparison.Ordinal))["Subject: =?utf-8?B?".Length..^"?=".Length];
        return System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(subject));
    }

    private static Task<int> StoreOrderAsync(JobsTestBed bed) => bed.InScopeAsync(async s =>
    {
        var db = s.GetRequiredService<PartnerHelpDbContext>();
        db.StoreOrders.Add(new StoreOrder("SO-9001", "contoso", "buyer@contoso.example", bed.Clock.GetUtcNow().AddDays(-1)));
        db.StoreOrderItems.AddRange(
            new StoreOrderItem("SO-9001-1", "SO-9001", "contoso", "Surface Laptop 7", 1, new Money(1299.00m, "USD"), isPreOrder: true),
            new StoreOrderItem("SO-9001-2", "SO-9001", "contoso", "Surface Pen", 1, new Money(99.99m, "USD"), isPreOrder: false),
            new StoreOrderItem("SO-9001-3", "SO-9001", "contoso", "Surface Dock", 1, new Money(259.00m, "USD"), isPreOrder: false));
        return await db.SaveChangesAsync();
    });

    /// <summary>Cancels through the product's service, as the page does, in <paramref name="culture"/>.</summary>
    private static async Task CancelAsync(JobsTestBed bed, string culture, params string[] itemIds)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var result = await bed.InScopeAsync(s => s.GetRequiredService<StoreOrderService>().CancelItemsAsync("SO-9001", itemIds, Admin));
            Assert.Equal(PathActionStatus.Done, result.Status);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    private static Task<int> HandlePendingAsync(JobsTestBed bed) => bed.InScopeAsync(async s =>
    {
        var db = s.GetRequiredService<PartnerHelpDbContext>();
        var pending = await db.OutboxMessages.Where(m => m.DispatchedAt == null && m.Type == OutboxMessage.StoreItemsCancelled).ToListAsync();
        foreach (var message in pending.OrderBy(m => m.CreatedAt))
        {
            await s.GetRequiredService<StoreOrderConfirmations>().HandleAsync(message, CancellationToken.None);
        }

        return pending.Count;
    });

    /// <summary>A retry that finds the row again (e.g. a second node that read it before the first one committed).</summary>
    private static Task<int> HandleAgainAsync(JobsTestBed bed, Guid id) => bed.InScopeAsync(async s =>
    {
        var message = await s.GetRequiredService<PartnerHelpDbContext>().OutboxMessages.SingleAsync(m => m.Id == id);
        await s.GetRequiredService<StoreOrderConfirmations>().HandleAsync(message, CancellationToken.None);
        return 1;
    });

    private static Task<List<PartnerNotification>> NotificationsAsync(JobsTestBed bed) =>
        bed.InScopeAsync(s => s.GetRequiredService<PartnerHelpDbContext>().PartnerNotifications.AsNoTracking().Where(n => n.Kind == NotificationKinds.StoreItemsCancelled).ToListAsync());

    private static Task<List<OutboxMessage>> OutboxAsync(JobsTestBed bed) =>
        bed.InScopeAsync(s => s.GetRequiredService<PartnerHelpDbContext>().OutboxMessages.AsNoTracking().ToListAsync());
}
