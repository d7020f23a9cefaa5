using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using PartnerHelp.Infrastructure;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Testing;
using PartnerHelp.Web.Tests.Testing;

namespace PartnerHelp.Web.Tests.Pages.Memberships;

/// <summary>
/// The memberships page is rendered for every request, never reused from the output cache: the same URL asked again in
/// one session shows the partner's data as it is now, whether the change came through this site or straight through
/// the database from another node, and no response carries an Age header.
/// </summary>
public sealed class FreshnessTests : IDisposable
{
    private const string Page = "/en/memberships";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero));
    private readonly PartnerHelpFactory _site;

    public FreshnessTests()
    {
        _site = new PartnerHelpFactory { Clock = _clock };
        _site.Settings["Jobs:Enabled"] = "false";
    }

    [Fact]
    public async Task Memberships_ShowsTheCancellation_OnTheSameUrlAgain_AndIsNeverReused()
    {
        using var session = await SiteSession.StartAsync(_site, "admin@contoso.example");
        // Visits with nothing changed: the removed per-session cache answered one of the first four (the first visits may
        // set cookies, and such a response was never stored).
        for (var visit = 0; visit < 4; visit++)
        {
            var (repeat, page) = await session.GetAsync(Page);
            Assert.Equal(HttpStatusCode.OK, repeat.StatusCode);
            Assert.False(repeat.Headers.Age.HasValue, $"visit {visit + 1} came from the output cache");
            Assert.NotEqual("AlreadyCancelled", page.QuerySelector("[data-order='CT-1001']")!.GetAttribute("data-outcome"));
        }

        const string cancel = "/en/memberships/CT-1001/cancel";
        var (posted, _) = await session.PostFormAsync(cancel, cancel, new Dictionary<string, string>
        {
            ["Input.Reason"] = "PurchasedByMistake",
            ["Input.ConfirmAuthority"] = "true",
        });
        var (after, document) = await session.GetAsync(Page);

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.False(after.Headers.Age.HasValue);
        Assert.Equal("AlreadyCancelled", document.QuerySelector("[data-order='CT-1001']")!.GetAttribute("data-outcome"));
    }

    [Fact]
    public async Task Memberships_ShowsTheChange_WhenAnotherNodeChangesThePartnersDataInTheDatabase()
    {
        using var session = await SiteSession.StartAsync(_site, "admin@contoso.example");
        var (_, before) = await session.GetAsync(Page);
        var (_, again) = await session.GetAsync(Page);
        Assert.Null(before.QuerySelector("#notifications-title"));
        Assert.Null(again.QuerySelector("#notifications-title"));

        // Another node: its own context over the same database, not this site's services or memory.
        var builder = new DbContextOptionsBuilder<PartnerHelpDbContext>();
        PersistenceServiceCollectionExtensions.Configure(builder, new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={_site.DatabasePath};Pooling=False" });
        await using (var otherNode = new PartnerHelpDbContext(builder.Options))
        {
            otherNode.PartnerNotifications.Add(new PartnerNotification
            {
                Id = Guid.NewGuid(),
                PartnerId = "contoso",
                Kind = NotificationKinds.RefundCompleted,
                Subject = "RF-CT-1008",
                Culture = "en",
                CreatedAt = _clock.GetUtcNow(),
            });
            await otherNode.SaveChangesAsync();
        }

        var (after, document) = await session.GetAsync(Page);

        Assert.False(after.Headers.Age.HasValue);
        Assert.NotNull(document.QuerySelector("#notifications-title"));
    }

    public void Dispose() => _site.Dispose();
}
