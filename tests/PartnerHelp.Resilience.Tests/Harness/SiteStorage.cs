namespace PartnerHelp.Resilience.Tests.Harness;

/// <summary>
/// The two deployments the process suites run on: the embedded default (SQLite application database, Hangfire.InMemory)
/// and PostgreSQL (the application database and Hangfire.PostgreSql in it).
/// </summary>
public enum SiteStorage
{
    /// <summary>SQLite file, jobs in Hangfire.InMemory: forgotten on restart, re-created by the sweep.</summary>
    InMemory,

    /// <summary>A throwaway PostgreSQL server, jobs in Hangfire.PostgreSql: kept across restarts, shared by nodes.</summary>
    PostgreSql,
}
