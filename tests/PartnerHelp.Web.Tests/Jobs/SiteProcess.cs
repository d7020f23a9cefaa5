using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using PartnerHelp.Testing;

namespace PartnerHelp.Web.Tests.Jobs;

/// <summary>The built site as a real OS process (<c>dotnet PartnerHelp.Web.dll</c>), so a test can kill it outright.</summary>
internal sealed class SiteProcess : IDisposable
{
    private readonly Process _process;

    private SiteProcess(Process process, string url)
    {
        _process = process;
        Url = url;
    }

    public string Url { get; }

    /// <summary>Starts the site on a free loopback port over <paramref name="databasePath"/> and waits for /healthz.</summary>
    public static async Task<SiteProcess> StartAsync(string databasePath, IReadOnlyDictionary<string, string> settings)
    {
        var port = FreePort();
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
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["ConnectionStrings__PartnerHelp"] = $"Data Source={databasePath}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var site = new SiteProcess(process, url);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                if ((await client.GetAsync($"{url}/healthz")).StatusCode == HttpStatusCode.OK)
                {
                    return site;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(250);
        }

        site.Dispose();
        throw new InvalidOperationException($"The site at {url} did not become healthy.");
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

    public void Dispose()
    {
        KillHard();
        _process.Dispose();
    }

    /// <summary>The web project's build output of the same configuration as these tests.</summary>
    private static string WebBuildFolder()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var folder = RepoPaths.Combine("src", "PartnerHelp.Web", "bin", configuration, "net10.0");
        return File.Exists(Path.Combine(folder, "PartnerHelp.Web.dll")) ? folder : throw new InvalidOperationException($"Build the web project first: {folder}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
