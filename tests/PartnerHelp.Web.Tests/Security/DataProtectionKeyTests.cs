using System.Net;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Testing;

namespace PartnerHelp.Web.Tests.Security;

/// <summary>The key ring lives in the application database, so a sign-in survives a restart and works on another node.</summary>
public sealed class DataProtectionKeyTests
{
    [Fact]
    public async Task StartUp_StoresOneKeyInTheDatabase_AndTheSiteUsesIt()
    {
        using var site = new PartnerHelpFactory();
        _ = site.CreateClient();

        await using var db = Context(site.DatabasePath);
        var rows = await db.DataProtectionKeys.ToListAsync();
        var row = Assert.Single(rows);
        var key = Assert.Single(site.Services.GetRequiredService<IKeyManager>().GetAllKeys());
        Assert.Equal($"key-{key.KeyId:D}", row.FriendlyName);
        Assert.Contains(key.KeyId.ToString("D"), row.Xml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignInCookie_IsAcceptedByAnotherHostOnTheSameDatabase_AndOnlyBecauseOfTheStoredKeys()
    {
        using var first = new PartnerHelpFactory();
        first.Settings["Jobs:Enabled"] = "false";
        var client = first.CreateBrowserLikeClient();
        await SiteSignIn.AsAsync(client, "admin@contoso.example");
        var cookie = (await client.GetAsync("/en/memberships")).RequestMessage!.Headers.TryGetValues("Cookie", out var sent) ? string.Join("; ", sent) : null;
        Assert.False(string.IsNullOrEmpty(cookie), "The first host should have issued a sign-in cookie.");

        // Another host (its own key manager and caches) over the same database reads the same key ring.
        using (var second = SecondHost(first.DatabasePath))
        {
            Assert.Equal(HttpStatusCode.OK, await StatusWithCookieAsync(second, cookie!));
        }

        // Control: with the stored keys gone, a new host makes its own key and the old cookie means nothing.
        await using (var db = Context(first.DatabasePath))
        {
            await db.DataProtectionKeys.ExecuteDeleteAsync();
        }

        using var third = SecondHost(first.DatabasePath);
        Assert.Equal(HttpStatusCode.Redirect, await StatusWithCookieAsync(third, cookie!));
    }

    private static PartnerHelpFactory SecondHost(string databasePath)
    {
        var host = new PartnerHelpFactory();
        host.Settings["Jobs:Enabled"] = "false";
        host.Settings["ConnectionStrings:PartnerHelp"] = $"Data Source={databasePath}";
        return host;
    }

    private static async Task<HttpStatusCode> StatusWithCookieAsync(PartnerHelpFactory host, string cookie)
    {
        var client = host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/en/memberships");
        request.Headers.Add("Cookie", cookie);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    private static PartnerHelpDbContext Context(string path) =>
        new(new DbContextOptionsBuilder<PartnerHelpDbContext>()
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString())
            .Options);
}
