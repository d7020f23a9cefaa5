using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using PartnerHelp.Infrastructure.Identity;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Testing;

namespace PartnerHelp.Infrastructure.Tests;

/// <summary>The real persistence registrations over one database, with a hand-set clock.</summary>
public sealed class TestServices : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    private TestServices(ServiceProvider provider, FakeTimeProvider clock)
    {
        Provider = provider;
        Clock = clock;
    }

    public ServiceProvider Provider { get; }

    public FakeTimeProvider Clock { get; }

    public static TestServices Create(DatabaseProvider provider, string connectionString, bool demo = true)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:PartnerHelp"] = connectionString,
            ["Demo:Enabled"] = demo ? "true" : "false",
        }).Build();
        var clock = new FakeTimeProvider(Start);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddPartnerHelpCore();
        services.AddPartnerHelpPersistence(configuration, Path.GetTempPath());
        services.AddIdentityCore<ApplicationUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<PartnerHelpDbContext>();
        services.TryAddSingleton<TimeProvider>(clock);
        return new TestServices(services.BuildServiceProvider(validateScopes: true), clock);
    }

    public static TestServices Sqlite(string path, bool demo = true) =>
        Create(DatabaseProvider.Sqlite, $"Data Source={path}", demo);

    /// <summary>Runs the start-up work (schema, demo data) exactly as the site does.</summary>
    public async Task InitializeAsync()
    {
        foreach (var hosted in Provider.GetServices<IHostedService>().OfType<DatabaseInitializer>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Provider.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>The requester behind a demo user, with the roles stored for them.</summary>
    public Task<Core.Accounts.Requester> RequesterAsync(string email) =>
        InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PartnerHelpDbContext>();
            var user = await db.Users.SingleAsync(u => u.Email == email);
            var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == user.Id select r.Name!).ToListAsync();
            return new Core.Accounts.Requester(user.Id, user.PartnerId, roles.ToHashSet());
        });

    public ValueTask DisposeAsync() => Provider.DisposeAsync();
}
