namespace PartnerHelp.Jobs;

/// <summary>Where Hangfire keeps its jobs (<see cref="JobsOptions.Storage"/>).</summary>
public enum JobStorageKind
{
    /// <summary>Hangfire.InMemory: one node; forgets its jobs on restart, so the database re-creates them.</summary>
    InMemory = 0,

    /// <summary>Hangfire.PostgreSql in the application's database: shared by every node.</summary>
    PostgreSql = 1,
}
