namespace PartnerHelp.Infrastructure.Persistence;

/// <summary>The <c>Database</c> configuration section plus the resolved connection string.</summary>
public sealed class DatabaseOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Database";

    /// <summary>Which engine to use.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>The application's connection string (<c>ConnectionStrings:PartnerHelp</c>).</summary>
    public string ConnectionString { get; set; } = string.Empty;
}
