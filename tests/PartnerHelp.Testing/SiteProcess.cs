using System.Collections.Concurrent;
using System.Diagnostics;

namespace PartnerHelp.Testing;

/// <summary>
/// The built site as a real OS process (<c>dotnet PartnerHelp.Web.dll</c>) on a loopback port, so a test can kill
/// it outright (SIGKILL), stop it politely (SIGTERM) or run several nodes on one database.
/// </summary>
public sealed class SiteProcess : IDisposable
{
    private const int KeptLogLines = 200;
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _log = new();
    private bool _disposed;

    private SiteProcess(Process process, string url, string name)
    {
        _process = process;
        Url = url;
        Name = name;
    }

    /// <summary>Root URL, e.g. http://127.0.0.1:5123 (no trailing slash).</summary>
    public string Url { get; }

    /// <summary>A label for messages (e.g. "node-1").</summary>
    public string Name { get; }

    /// <summary>The OS process id.</summary>
    public int ProcessId => _process.Id;

    /// <summary>Whether the process has ended.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>The process's exit code once it has ended.</summary>
    public int ExitCode => _process.ExitCode;

    /// <summary>The last lines the process wrote (stdout and stderr), for failure messages.</summary>
    public string RecentOutput => string.Join(Environment.NewLine, _log);

    /// <summary>Starts the site over the SQLite file <paramref name="databasePath"/> and waits for /healthz.</summary>
    public static Task<SiteProcess> StartAsync(string databasePath, IReadOnlyDictionary<string, string> settings) =>
        StartAsync(new Dictionary<string, string>(settings) { ["ConnectionStrings:PartnerHelp"] = $"Data Source={databasePath}" });

    /// <summary>
    /// Starts the site with <paramref name="settings"/> (configuration keys such as <c>Database:Provider</c> and
    /// <c>ConnectionStrings:PartnerHelp</c>) on a free loopback port and waits until /healthz answers 200.
    /// </summary>
    public static async Task<SiteProcess> StartAsync(
        IReadOnlyDictionary<string, string> settings, string environment = "Testing", string name = "site", TimeSpan? healthyWithin = null)
    {
        // A free port is free only when asked: a test running beside this one may take it before the site binds it.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await StartOnceAsync(settings, environment, name, healthyWithin);
            }
            catch (InvalidOperationException e) when (attempt < 3 && e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
            }
        }
    }

    private static async Task<SiteProcess> StartOnceAsync(
        IReadOnlyDictionary<string, string> settings, string environment, string name, TimeSpan? healthyWithin)
    {
        var port = LoopbackPort.Free();
        var url = $"http://127.0.0.1:{port}";
        var folder = WebBuildFolder();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(folder, "PartnerHelp.Web.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(url);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var site = new SiteProcess(process, url, name);
        process.OutputDataReceived += (_, e) => site.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => site.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var within = healthyWithin ?? TimeSpan.FromSeconds(90);
        try
        {
            // An exited process will not become healthy: that ends the wait too.
            var answer = await Eventually.MatchesAsync(
                $"{name} at {url}/healthz to answer 200",
                () => HealthAsync(client, url, process),
                health => health is "200" or "exited",
                within,
                TimeSpan.FromMilliseconds(250));
            if (answer == "200")
            {
                return site;
            }

            process.WaitForExit(); // drains the redirected output into the log before it is read
            site.Dispose();
            throw new InvalidOperationException($"{name} at {url} exited before it became healthy.{Environment.NewLine}{site.RecentOutput}");
        }
        catch (TimeoutException e)
        {
            site.Dispose();
            throw new InvalidOperationException($"{name} at {url} did not become healthy. {e.Message}{Environment.NewLine}{site.RecentOutput}", e);
        }
    }

    /// <summary>"200", "exited", or what the last /healthz probe got instead.</summary>
    private static async Task<string> HealthAsync(HttpClient client, string url, Process process)
    {
        if (process.HasExited)
        {
            return "exited";
        }

        try
        {
            using var response = await client.GetAsync($"{url}/healthz");
            return ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return e.Message;
        }
    }

    /// <summary>SIGKILL: no graceful shutdown, no waiting for jobs.</summary>
    public void KillHard()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
    }

    /// <summary>SIGTERM, as a service manager stops the site; waits for the process to end and returns its exit code.</summary>
    public async Task<int> StopGracefullyAsync(TimeSpan within)
    {
        if (!_process.HasExited)
        {
            using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await kill.WaitForExitAsync();
            using var timeout = new CancellationTokenSource(within);
            await _process.WaitForExitAsync(timeout.Token);
        }

        return _process.ExitCode;
    }

    /// <summary>Kills the process if it still runs. Idempotent: a test's finally may dispose a site it already replaced.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        KillHard();
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _log.Enqueue(line);
        while (_log.Count > KeptLogLines && _log.TryDequeue(out _))
        {
        }
    }

    /// <summary>The web project's build output of the same configuration as these tests.</summary>
    private static string WebBuildFolder()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var folder = RepoPaths.Combine("src", "PartnerHelp.Web", "bin", configuration, "net10.0");
        return File.Exists(Path.Combine(folder, "PartnerHelp.Web.dll")) ? folder : throw new InvalidOperationException($"Build the web project first: {folder}");
    }
}
