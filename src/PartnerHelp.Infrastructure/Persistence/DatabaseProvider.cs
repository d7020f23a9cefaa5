namespace PartnerHelp.Infrastructure.Persistence;

/// <summary>The database engines PartnerHelp runs on; the same code and model serve both.</summary>
public enum DatabaseProvider
{
    /// <summary>An SQLite file: the embedded default.</summary>
    Sqlite = 0,

    /// <summary>PostgreSQL: for several nodes sharing one database.</summary>
    PostgreSql = 1,
}
