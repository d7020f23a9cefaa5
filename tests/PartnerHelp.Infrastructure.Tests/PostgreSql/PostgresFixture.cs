using PartnerHelp.Testing;

namespace PartnerHelp.Infrastructure.Tests.PostgreSql;

/// <summary>One throwaway PostgreSQL server for the PostgreSQL tests; each test makes its own database.</summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private PostgresServer? _server;

    public PostgresServer Server => _server ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync() => _server = await PostgresServer.StartAsync();

    public async Task<string> NewDatabaseAsync()
    {
        var name = $"ph_{Guid.NewGuid():N}";
        await Server.CreateDatabaseAsync(name);
        return Server.ConnectionString(name);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "postgres";
}
