using System.Diagnostics;

namespace PartnerHelp.Testing;

/// <summary>
/// A throwaway PostgreSQL cluster in a temp folder, listening on a free loopback port, started from
/// the Debian package's binaries (initdb refuses to run as root, so it runs as the postgres user).
/// scripts/test.sh installs the package when it is missing.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private readonly string _bin;
    private readonly string _folder;
    private bool _stopped;
    private int[] _frozen = [];

    private PostgresServer(string bin, string folder, int port)
    {
        _bin = bin;
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    /// <summary>A connection string for <paramref name="database"/> as the superuser.</summary>
    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Include Error Detail=true";

    public static async Task<PostgresServer> StartAsync()
    {
        var bin = FindBin() ?? throw new InvalidOperationException(
            "PostgreSQL binaries not found under /usr/lib/postgresql/*/bin. Run scripts/test.sh, which installs the 'postgresql' package.");
        var folder = Path.Combine(Path.GetTempPath(), $"partnerhelp-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var port = LoopbackPort.Free();
        var server = new PostgresServer(bin, folder, port);
        if (Environment.UserName == "root")
        {
            await RunAsync("chown", "postgres:postgres", folder);
        }

        await server.AsPostgresAsync($"{bin}/initdb -D {folder}/data -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 -N");
        await server.AsPostgresAsync(
            $"{bin}/pg_ctl -D {folder}/data -l {folder}/log -w -t 60 -o \"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c fsync=off -c max_connections=200\" start");
        return server;
    }

    /// <summary>Creates an empty database.</summary>
    public Task CreateDatabaseAsync(string name) => AsPostgresAsync($"{_bin}/createdb -h 127.0.0.1 -p {Port} -U postgres {name}");

    /// <summary>
    /// Stops the server as an operator or a failover would (<c>pg_ctl stop -m fast</c>: open sessions are ended, new
    /// connections refused), for tests of what a site does when its database goes away.
    /// </summary>
    public async Task StopAsync()
    {
        await AsPostgresAsync($"{_bin}/pg_ctl -D {_folder}/data -m fast -w stop");
        _stopped = true;
    }

    /// <summary>
    /// Freezes the server (SIGSTOP to the postmaster and its backends): connections stay open and new ones are accepted
    /// by the kernel, but nothing answers, as when the database's host or network has gone away.
    /// </summary>
    public async Task FreezeAsync()
    {
        var postmaster = int.Parse(File.ReadLines(Path.Combine(_folder, "data", "postmaster.pid")).First().Trim(), System.Globalization.CultureInfo.InvariantCulture);
        _frozen = [postmaster, .. Children(postmaster)];
        await RunAsync("kill", ["-STOP", .. _frozen.Select(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
    }

    public async ValueTask DisposeAsync()
    {
        if (_frozen.Length > 0)
        {
            await RunAsync("kill", ["-CONT", .. _frozen.Select(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        }

        try
        {
            if (!_stopped)
            {
                await AsPostgresAsync($"{_bin}/pg_ctl -D {_folder}/data -m immediate -w stop");
            }
        }
        finally
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    // Arguments go through ArgumentList: ProcessStartInfo's single string does not treat '…' as quotes.
    private Task AsPostgresAsync(string command) =>
        Environment.UserName == "root" ? RunAsync("runuser", "-u", "postgres", "--", "sh", "-c", command) : RunAsync("sh", "-c", command);

    private static async Task RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited {process.ExitCode}: {await output}{await error}");
        }
    }

    /// <summary>The processes whose parent is <paramref name="parent"/> (the postmaster's backends), read from /proc.</summary>
    private static IEnumerable<int> Children(int parent) =>
        Directory.GetDirectories("/proc")
            .Select(d => int.TryParse(Path.GetFileName(d), out var pid) ? pid : 0)
            .Where(pid => pid > 0 && ParentOf(pid) == parent)
            .ToList();

    private static int? ParentOf(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static string? FindBin()
    {
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root))
        {
            return null;
        }

        return Directory.GetDirectories(root)
            .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
            .Select(d => Path.Combine(d, "bin"))
            .FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")));
    }
}
