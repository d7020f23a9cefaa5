namespace PartnerHelp.Resilience.Tests.Cluster;

/// <summary>
/// A measurement, not a check to run on every build: it runs only from scripts/cluster-bench.sh, which sets
/// <c>PARTNERHELP_CLUSTER_BENCH=1</c> (it starts 1 + 2 + 3 nodes and takes minutes on a 2-core machine).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ClusterBenchFactAttribute : FactAttribute
{
    public ClusterBenchFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("PARTNERHELP_CLUSTER_BENCH") != "1")
        {
            Skip = "Measurement: run scripts/cluster-bench.sh";
        }
    }
}
