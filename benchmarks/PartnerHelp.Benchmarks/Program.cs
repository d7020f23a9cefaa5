using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace PartnerHelp.Benchmarks;

/// <summary>Runs the micro-benchmarks and prints each one's verdict against its budget.</summary>
public static class Program
{
    /// <summary>Budget: evaluations per second on one core for a typical order.</summary>
    public const double EligibilityBudgetPerSecond = 1_000_000;

    public static int Main(string[] args)
    {
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, DefaultConfig.Instance.WithOptions(ConfigOptions.JoinSummary));
        var failed = false;
        foreach (var report in summaries.SelectMany(s => s.Reports))
        {
            if (report.ResultStatistics is not { } stats)
            {
                continue;
            }

            var perSecond = 1e9 / stats.Mean;
            var allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0;
            var name = report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
            var verdict = perSecond >= EligibilityBudgetPerSecond ? "PASS" : "MISS";
            failed |= verdict == "MISS" && name == nameof(EligibilityBenchmarks.TypicalOrder);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"verdict {name}: {perSecond:N0} evaluations/s (budget {EligibilityBudgetPerSecond:N0}), {allocated} B allocated per evaluation: {verdict}"));
        }

        return failed ? 1 : 0;
    }
}
