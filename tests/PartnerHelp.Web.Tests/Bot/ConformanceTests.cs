using System.Diagnostics;
using PartnerHelp.Testing;
using Xunit.Abstractions;

namespace PartnerHelp.Web.Tests.Bot;

/// <summary>
/// Runs the npm conformance suite (tests/conformance: botframework-directlinejs in Node, Web Chat in
/// headless Chromium, an Emulator-style /api/messages exchange) against the real site on Kestrel.
/// scripts/test.sh installs the npm packages with <c>npm ci</c> first.
/// </summary>
public sealed class ConformanceTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task RealBotFrameworkClients_PassTheConformanceSuite()
    {
        var folder = RepoPaths.Combine("tests", "conformance");
        Assert.True(Directory.Exists(Path.Combine(folder, "node_modules", "botframework-webchat")),
            "The npm clients are missing: run `npm ci` in tests/conformance (scripts/test.sh does).");

        using var factory = new PartnerHelpFactory();
        var site = factory.StartKestrel();
        var start = new ProcessStartInfo("node", "--test --test-reporter=spec")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["SITE_URL"] = site;
        start.Environment["SCREENSHOT_DIR"] = RepoPaths.Combine("artifacts", "screenshots");

        using var node = Process.Start(start)!;
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(Timeout);
        try
        {
            await node.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            node.Kill(entireProcessTree: true);
            throw new TimeoutException($"node --test did not finish within {Timeout}.");
        }

        output.WriteLine(await stdout);
        output.WriteLine(await stderr);
        Assert.True(node.ExitCode == 0, $"node --test failed with exit code {node.ExitCode}:\n{await stdout}\n{await stderr}");
    }
}
