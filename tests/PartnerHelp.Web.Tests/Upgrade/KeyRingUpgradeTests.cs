using System.Net;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Testing;

namespace PartnerHelp.Web.Tests.Upgrade;

/// <summary>
/// A site deployed from a build that kept its keys with its own repository and its schema with numbered scripts is
/// upgraded in place: its users stay signed in, and a form they loaded before the upgrade still posts after it.
/// </summary>
public sealed class KeyRingUpgradeTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SignInCookieAndAntiforgeryToken_IssuedBeforeTheUpgrade_StillWorkAfterIt(DatabaseProvider provider)
    {
        using var folder = new TempDirectory("key-ring-upgrade");
        await using var server = provider == DatabaseProvider.PostgreSql ? await PostgresServer.StartAsync() : null;
        var connection = $"Data Source={folder.File("site.db")}";
        if (server is not null)
        {
            await server.CreateDatabaseAsync("upgrade");
            connection = server.ConnectionString("upgrade");
        }

        // The newest script-made schema with its rows (admin@contoso.example signs in with the demo password); the rows'
        // key is a placeholder, not a key, so the old build's node makes its own.
        await LegacyDatabase.CreateAsync(server is not null, connection, LegacyDatabase.NewestVersion);
        await LegacyDatabase.ExecuteAsync(server is not null, connection, "DELETE FROM data_protection_keys");

        string cookies;
        string token;
        using (var before = Site(provider, connection).WithWebHostBuilder(builder => builder.ConfigureServices(services =>
        {
            // A node of the old build: nothing migrates at start, and keys go to the old table through its repository.
            services.Remove(services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(DatabaseInitializer)));
            services.Configure<KeyManagementOptions>(options => options.XmlRepository = new LegacyKeyRing(server is not null, connection));
        })))
        {
            var client = before.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
            await SiteSignIn.AsAsync(client, "admin@contoso.example");
            token = await SiteSignIn.AntiforgeryTokenAsync(client, "/en/tickets/new");
            using var page = await client.GetAsync("/en/memberships");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            cookies = string.Join("; ", page.RequestMessage!.Headers.GetValues("Cookie"));
        }

        var legacyKey = Assert.Single(await LegacyDatabase.QueryAsync(server is not null, connection, "SELECT \"FriendlyName\" FROM data_protection_keys"));

        // The new build starts as deployed: adopts the script history, migrates (the key table too), seeds the demo data.
        using var after = Site(provider, connection);
        var visitor = after.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using (var request = new HttpRequestMessage(HttpMethod.Get, "/en/memberships"))
        {
            request.Headers.Add("Cookie", cookies);
            using var response = await visitor.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("CT-1001", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var post = new HttpRequestMessage(HttpMethod.Post, "/en/tickets/new"))
        {
            post.Headers.Add("Cookie", cookies);
            post.Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Subject"] = "Filed across the upgrade",
                ["Input.Description"] = "The form was loaded before the upgrade.",
                ["Input.SubmissionKey"] = Guid.NewGuid().ToString("N"),
                ["__RequestVerificationToken"] = token,
            });
            using var response = await visitor.SendAsync(post);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/en/tickets?opened=", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        // The new build reads the key the old one stored instead of making its own.
        var key = Assert.Single(after.Services.GetRequiredService<IKeyManager>().GetAllKeys());
        Assert.Equal(legacyKey, $"key-{key.KeyId:D}");
    }

    private static PartnerHelpFactory Site(DatabaseProvider provider, string connection)
    {
        var site = new PartnerHelpFactory();
        site.Settings["Jobs:Enabled"] = "false";
        site.Settings["Database:Provider"] = provider.ToString();
        site.Settings["ConnectionStrings:PartnerHelp"] = connection;
        return site;
    }
}
