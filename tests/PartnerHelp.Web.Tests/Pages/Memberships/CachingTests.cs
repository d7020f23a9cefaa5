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
/// The memberships page is output-cached per browser session and partner data version: a repeat visit is served
/// from the cache, and any change to the partner's data (from this node or through the database from another),
/// another session, or a new UTC day renders it again.
/// </summary>
public sealed class CachingTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero));
    private readonly PartnerHelpFactory _site;

    public CachingTests()
    {
        _site = new PartnerHelpFactory { Clock = _clock };
        _site.Settings["Jobs:Enabled"] = "false";
    }

    [Fact]
    public async Task Memberships_IsServedFromTheCache_WhenNothingChanged()
    {
        using var session = await SiteSession.StartAsync(_site, "admin@contoso.example");

        var first = await CachedAsync(session, "/en/memberships");
        var (second, _) = await session.GetAsync("/en/memberships");

        Assert.True(second.Headers.Age.HasValue, "a repeat visit with nothing changed comes from the output cache");
        Assert.Equal(first, await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Memberships_ShowsTheChange_WhenAnotherNodeChangesThePartnersDataInTheDatabase()
    {
        using var session = await SiteSession.StartAsync(_site, "admin@contoso.example");
        var before = await CachedAsync(session, "/en/memberships");
        Assert.DoesNotContain("notifications-title", before, StringComparison.Ordinal);

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

        var (after, document) = await session.GetAsync("/en/memberships");

        Assert.False(after.Headers.Age.HasValue);
        Assert.NotNull(document.QuerySelector("#notifications-title"));
    }

    [Fact]
    public async Task Memberships_ShowsTheCancellation_AfterTheCancelForm()
    {
        using var session = await SiteSession.StartAsync(_site, "admin@contoso.example");
        await CachedAsync(session, "/en/memberships");
        const string cancel = "/en/memberships/CT-1001/cancel";

        var (posted, _) = await session.PostFormAsync(cancel, cancel, new Dictionary<string, string>
        {
            ["Input.Reason"] = "PurchasedByMistake",
            ["Input.ConfirmAuthority"] = "true",
        });
        var (after, document) = await session.GetAsync("/en/memberships");

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.False(after.Headers.Age.HasValue);
        Assert.Equal("AlreadyCancelled", document.QuerySelector("[data-order='CT-1001']")!.GetAttribute("data-outcome"));
    }

    [Fact]
    public async Task Memberships_IsNeverServedToAnotherSession()
    {
        using var admin = await SiteSession.StartAsync(_site, "admin@contoso.example");
        using var user = await SiteSession.StartAsync(_site, "user@contoso.example");
        using var adminElsewhere = await SiteSession.StartAsync(_site, "admin@contoso.example");
        var adminPage = await CachedAsync(admin, "/en/memberships");

        var (userResponse, userDocument) = await user.GetAsync("/en/memberships");
        var (elsewhere, _) = await adminElsewhere.GetAsync("/en/memberships");

        Assert.False(userResponse.Headers.Age.HasValue);
        Assert.False(elsewhere.Headers.Age.HasValue);
        Assert.Contains("data-cancel-order=\"CT-1001\" href=", adminPage, StringComparison.Ordinal);
        Assert.Null(userDocument.QuerySelector("a[data-cancel-order='CT-1001']"));
    }

    [Fact]
    public async Task Memberships_IsRenderedAgain_OnANewUtcDay()
    {
        using var session = await SiteSession.StartAsync(_site, "admin@contoso.example");
        await CachedAsync(session, "/en/memberships");

        _clock.Advance(TimeSpan.FromHours(12));
        var (nextDay, _) = await session.GetAsync("/en/memberships");

        Assert.False(nextDay.Headers.Age.HasValue, "refund windows count whole UTC days: a new day renders the page again");
    }

    /// <summary>Visits until a response comes from the cache (the first visits may set cookies, which are never stored); returns the page.</summary>
    private static async Task<string> CachedAsync(SiteSession session, string path)
    {
        for (var visit = 0; visit < 4; visit++)
        {
            var (response, _) = await session.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            if (response.Headers.Age.HasValue)
            {
                return await response.Content.ReadAsStringAsync();
            }
        }

        throw new Xunit.Sdk.XunitException($"{path} never came from the output cache");
    }

    public void Dispose() => _site.Dispose();
}
