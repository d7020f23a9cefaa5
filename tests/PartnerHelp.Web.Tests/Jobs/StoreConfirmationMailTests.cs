using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PartnerHelp.Core.Outbox;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Jobs.Scheduling;
using PartnerHelp.Web.Tests.Testing;

namespace PartnerHelp.Web.Tests.Jobs;

/// <summary>Cancelling store items on the page: the running jobs write exactly one confirmation mail, in the page's language.</summary>
public sealed partial class StoreConfirmationMailTests
{
    [Theory]
    [InlineData("vi", "Các mặt hàng trong đơn hàng cửa hàng SO-5001 đã được hủy", "1 × Surface Laptop 7 (mặt hàng SO-5001-1)")]
    [InlineData("sv", "Artiklar i din butiksorder SO-5001 är avbeställda", "1 × Surface Laptop 7 (artikel SO-5001-1)")]
    public async Task CancelOnThePage_WritesExactlyOneConfirmationMailInThePagesLanguage(string culture, string subject, string line)
    {
        await using var factory = JobsSite.Create(s => s["Jobs:OutboxPollInterval"] = "00:00:00.200");
        using var session = await SiteSession.StartAsync(factory, "admin@contoso.example");
        var page = $"/{culture}/store-orders";

        var (confirm, _) = await session.PostFormAsync(page, page + "?handler=Confirm", new Dictionary<string, string> { ["OrderId"] = "SO-5001", ["ItemIds[0]"] = "SO-5001-1" });
        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);

        await JobsSite.WaitForAsync(factory, db => db.OutboxMessages.AnyAsync(m => m.Type == OutboxMessage.StoreItemsCancelled && m.DispatchedAt != null), "the confirmation to be dispatched");
        // Several more passes of the dispatcher, run here instead of waited for on the clock: none may send a second mail.
        var dispatcher = factory.Services.GetServices<IHostedService>().OfType<OutboxDispatcher>().Single();
        for (var pass = 0; pass < 5; pass++)
        {
            await dispatcher.DispatchAsync(CancellationToken.None);
        }

        var folder = Path.Combine(factory.DataFolder, "mail-pickup");
        var mail = await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(folder, $"{NotificationKinds.StoreItemsCancelled}-*.eml")));
        Assert.Equal(subject, System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(SubjectPattern().Match(mail).Groups[1].Value)));
        Assert.Contains(line, mail, StringComparison.Ordinal);
        Assert.DoesNotContain("SO-5001-2", mail, StringComparison.Ordinal);
        Assert.Contains("To: admin@contoso.example", mail, StringComparison.Ordinal);
        var cultures = await SiteData.QueryAsync(factory, db => db.PartnerNotifications.Where(n => n.Kind == NotificationKinds.StoreItemsCancelled).Select(n => n.Culture).ToListAsync());
        Assert.Equal([culture], cultures);
    }

    [GeneratedRegex(@"Subject: =\?utf-8\?B\?([^?]+)\?=")]
    private static partial Regex SubjectPattern();
}
