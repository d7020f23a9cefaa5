using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Testing;

namespace PartnerHelp.Web.Tests.Pages.Memberships;

/// <summary>The in-app side of the notifications the jobs write: the partner's own, in the page's language, linking to the order.</summary>
public sealed class NotificationsTests : IAsyncLifetime
{
    private readonly PartnerHelpFactory _site = new();

    public async Task InitializeAsync()
    {
        _site.Settings["Jobs:Enabled"] = "false";
        await using var scope = _site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnerHelpDbContext>();
        db.PartnerNotifications.Add(new PartnerNotification
        {
            Id = Guid.NewGuid(),
            PartnerId = "contoso",
            Kind = NotificationKinds.RefundCompleted,
            Subject = "RF-CT-1008",
            Culture = "sv",
            CreatedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Memberships_ShowsThePartnersNotification_InThePagesLanguageWithALinkToTheOrder()
    {
        var client = _site.CreateBrowserLikeClient();
        await SiteSignIn.AsAsync(client, "admin@contoso.example", "sv");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/sv/memberships"));

        Assert.Contains("<h2 id=\"notifications-title\">Aviseringar</h2>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/sv/orders/CT-1008\">Återbetalningen för beställning CT-1008 är klar", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Memberships_ShowsNoOtherPartnersNotifications()
    {
        var client = _site.CreateBrowserLikeClient();
        await SiteSignIn.AsAsync(client, "admin@fabrikam.example");

        var html = await client.GetStringAsync("/en/memberships");

        Assert.DoesNotContain("notifications-title", html, StringComparison.Ordinal);
        Assert.DoesNotContain("CT-1008", html, StringComparison.Ordinal);
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();
}
