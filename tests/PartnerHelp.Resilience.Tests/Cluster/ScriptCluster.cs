using System.Diagnostics;
using System.Globalization;
using PartnerHelp.Resilience.Tests.Harness;
using PartnerHelp.Testing;

namespace PartnerHelp.Resilience.Tests.Cluster;

/// <summary>
/// A cluster started by <c>scripts/cluster.sh start --detach</c> (the same script people use) and stopped by
/// <c>scripts/cluster.sh stop</c>; the script prints the node URLs and the database connection string.
/// </summary>
public sealed class ScriptCluster : IAsyncDisposable
{
    private ScriptCluster(IReadOnlyList<string> nodes, string connectionString)
    {
        Nodes = nodes;
        Database = ResilienceDatabase.OnPostgres(connectionString);
    }

    /// <summary>The nodes' URLs.</summary>
    public IReadOnlyList<string> Nodes { get; }

    /// <summary>The cluster's database.</summary>
    public ResilienceDatabase Database { get; }

    /// <summary>Starts <paramref name="nodes"/> nodes with <paramref name="settings"/> (configuration keys) given to every node.</summary>
    public static async Task<ScriptCluster> StartAsync(int nodes, IReadOnlyDictionary<string, string> settings)
    {
        var environment = settings.ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value);
        environment["Logging__LogLevel__Default"] = "Warning";
        var output = await RunAsync(environment, "start", "-n", nodes.ToString(CultureInfo.InvariantCulture), "--no-build", "--detach", "--env", "Testing");
        var lines = output.Split('\n', StringSplitOptions.TrimEntries);
        var urls = lines.Single(l => l.StartsWith("NODES=", StringComparison.Ordinal))["NODES=".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var database = lines.Single(l => l.StartsWith("DATABASE=", StringComparison.Ordinal))["DATABASE=".Length..];
        return new ScriptCluster(urls, database);
    }

    /// <summary>
    /// CPU seconds used so far by the nodes and by PostgreSQL (the postmaster, its live backends and those it reaped),
    /// read from /proc with the pids the script keeps in its state folder.
    /// </summary>
    public static (double Nodes, double Database) CpuSeconds()
    {
        var folder = File.ReadAllText(RepoPaths.Combine("artifacts", "cluster", "current")).Trim();
        var nodes = Directory.GetFiles(folder, "node-*.pid").Sum(f => Cpu(int.Parse(File.ReadAllText(f).Trim(), CultureInfo.InvariantCulture), false));
        var postmaster = int.Parse(File.ReadLines(Path.Combine(folder, "pg", "data", "postmaster.pid")).First().Trim(), CultureInfo.InvariantCulture);
        var backends = Directory.GetDirectories("/proc")
            .Select(d => int.TryParse(Path.GetFileName(d), out var pid) ? pid : 0)
            .Where(pid => pid > 0 && Stat(pid) is { } stat && stat[1] == postmaster.ToString(CultureInfo.InvariantCulture))
            .Sum(pid => Cpu(pid, false));
        return (nodes, Cpu(postmaster, true) + backends);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await RunAsync(new Dictionary<string, string>(), "stop");

    /// <summary>utime + stime (+ the reaped children's when asked) of a process, in seconds (USER_HZ is 100 on Linux).</summary>
    private static double Cpu(int pid, bool withChildren)
    {
        if (Stat(pid) is not { } stat)
        {
            return 0;
        }

        // Fields after "(comm)": [0] state, [1] ppid, ... [11] utime, [12] stime, [13] cutime, [14] cstime.
        var ticks = long.Parse(stat[11], CultureInfo.InvariantCulture) + long.Parse(stat[12], CultureInfo.InvariantCulture);
        if (withChildren)
        {
            ticks += long.Parse(stat[13], CultureInfo.InvariantCulture) + long.Parse(stat[14], CultureInfo.InvariantCulture);
        }

        return ticks / 100.0;
    }

    private static string[]? Stat(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            return text[(text.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static async Task<string> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(RepoPaths.Combine("scripts", "cluster.sh"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepoPaths.Combine(),
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("scripts/cluster.sh did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0
            ? await output
            : throw new InvalidOperationException($"scripts/cluster.sh {string.Join(' ', arguments)} exited {process.ExitCode}:{Environment.NewLine}{await output}{await error}");
    }
}
