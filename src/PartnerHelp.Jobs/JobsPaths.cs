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
        if (database.Provider == DatabaseProvider.Sqlite && new SqliteConnectionStringBuilder(database.ConnectionString).DataSource is { } file
            && file != ":memory:" && Path.IsPathRooted(file))
        {
            DataFolder = Path.GetDirectoryName(file)!;
            QuartzDatabase = Path.Combine(DataFolder, Path.GetFileNameWithoutExtension(file) + ".quartz" + Path.GetExtension(file));
        }
        else
        {
            DataFolder = Path.Combine(contentRoot, "data");
            QuartzDatabase = Path.Combine(DataFolder, "partnerhelp.quartz.db");
        }
    }

    /// <summary>The data folder.</summary>
    public string DataFolder { get; }

    /// <summary>Quartz's own SQLite file: a sibling of the application database, never the same file.</summary>
    public string QuartzDatabase { get; }
}
