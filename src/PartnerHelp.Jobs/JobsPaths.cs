using Microsoft.Data.Sqlite;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Jobs;

/// <summary>Where the jobs keep files: beside the application database on SQLite, in the content root's data folder otherwise.</summary>
public sealed class JobsPaths
{
    /// <summary>Works the paths out from the application database.</summary>
    public JobsPaths(DatabaseOptions database, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(database);
        DataFolder = database.Provider == DatabaseProvider.Sqlite && new SqliteConnectionStringBuilder(database.ConnectionString).DataSource is { } file
            && file != ":memory:" && Path.IsPathRooted(file)
            ? Path.GetDirectoryName(file)!
            : Path.Combine(contentRoot, "data");
    }

    /// <summary>The data folder.</summary>
    public string DataFolder { get; }
}
