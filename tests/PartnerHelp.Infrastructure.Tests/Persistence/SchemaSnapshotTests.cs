using Microsoft.EntityFrameworkCore;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Testing;

namespace PartnerHelp.Infrastructure.Tests.Persistence;

/// <summary>
/// The EF model's DDL is pinned in a snapshot per provider. When the model changes this test fails:
/// add the next numbered script under Persistence/Schema/{provider}/ that moves an existing database to
/// the new model, then refresh the snapshot with PARTNERHELP_UPDATE_SCHEMA_SNAPSHOT=1.
/// </summary>
public sealed class SchemaSnapshotTests
{
    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql };

    [Theory]
    [MemberData(nameof(Providers))]
    public void Model_MatchesCommittedSnapshot_WhenNoScriptIsMissing(DatabaseProvider provider)
    {
        var connection = provider == DatabaseProvider.Sqlite ? "Data Source=snapshot.db" : "Host=127.0.0.1;Database=snapshot";
        using var db = TestDatabases.Context(new DatabaseOptions { Provider = provider, ConnectionString = connection });
        var actual = Normalize(db.Database.GenerateCreateScript());
        var path = RepoPaths.Combine("tests", "PartnerHelp.Infrastructure.Tests", "Persistence", "Snapshots", $"{provider}.sql");

        if (Environment.GetEnvironmentVariable("PARTNERHELP_UPDATE_SCHEMA_SNAPSHOT") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"Missing schema snapshot {path}.");
        Assert.Equal(Normalize(File.ReadAllText(path)), actual);
    }

    private static string Normalize(string sql) => sql.ReplaceLineEndings("\n").Trim() + "\n";
}
