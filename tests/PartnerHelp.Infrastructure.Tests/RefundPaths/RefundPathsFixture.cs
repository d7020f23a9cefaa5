using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Core.Accounts;
using PartnerHelp.Testing;

namespace PartnerHelp.Infrastructure.Tests.RefundPaths;

/// <summary>A fresh demo database per test class, with the demo requesters.</summary>
public abstract class RefundPathsFixture : IAsyncLifetime
{
    private readonly TempDirectory _folder = new();

    protected TestServices Services { get; private set; } = null!;

    protected Requester Agent { get; private set; } = null!;

    protected Requester ContosoAdmin { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Services = TestServices.Sqlite(_folder.File("paths.db"));
        await Services.InitializeAsync();
        Agent = await Services.RequesterAsync("agent@northwind.example");
        ContosoAdmin = await Services.RequesterAsync("admin@contoso.example");
    }

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        _folder.Dispose();
    }

    /// <summary>Runs <paramref name="work"/> with a service from a fresh scope, as one request would.</summary>
    protected Task<T> Use<TService, T>(Func<TService, Task<T>> work)
        where TService : notnull =>
        Services.InScopeAsync(sp => work(sp.GetRequiredService<TService>()));
}
