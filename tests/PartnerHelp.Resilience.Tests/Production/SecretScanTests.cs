using System.Diagnostics;
using PartnerHelp.Testing;

namespace PartnerHelp.Resilience.Tests.Production;

public sealed class SecretScanTests
{
    [Fact]
    public void TrackedFiles_ContainNoSecrets()
    {
        var files = TrackedFiles();
        var findings = files
            .Where(File.Exists)
            .SelectMany(file => SecretScanner.Scan(file, File.ReadAllText(RepoPaths.Combine(file))).Select(finding => $"{file}:{finding}"))
            .ToList();

        Assert.True(files.Count > 100, $"git listed only {files.Count} files.");
        Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings));
    }

    // The samples are assembled at run time so that this file itself never holds one.
    [Theory]
    [InlineData("id_rsa", "-----BEGIN RSA " + "PRIVATE KEY-----")]
    [InlineData("notes.md", "-----BEGIN " + "PRIVATE KEY-----")]
    [InlineData("Program.cs", "Host=db;Username=app;Pass" + "word=Hunter2;")]
    [InlineData("deploy.sh", "Server=x;User Id=sa;Pw" + "d=s3cr3t")]
    [InlineData("appsettings.Production.json", "\"MicrosoftAppPass" + "word\": \"abc123\"")]
    [InlineData("appsettings.json", "\"DirectLineSec" + "ret\": \"dl-secret\"")]
    [InlineData("ci.yml", "token: ghp_" + "abcdefghijklmnopqrstuvwxyz0123456789")]
    [InlineData("cert.pfx", "binary")]
    public void Scan_FindsSecret_WhenFileHoldsOne(string path, string text) =>
        Assert.NotEmpty(SecretScanner.Scan(path, text));

    [Theory]
    [InlineData("README.md", "Host=127.0.0.1;Username=partnerhelp;Pass" + "word=…\"")]
    [InlineData("PostgresServer.cs", "$\"Host=127.0.0.1;Pass" + "word={password}\"")]
    [InlineData("appsettings.json", "\"MicrosoftAppPass" + "word\": \"\"")]
    [InlineData("SignIn.cshtml.cs", "public string Password { get; set; } = string.Empty;")]
    [InlineData("DemoOptions.cs", "public const string Password = \"PartnerHelp!1\";")]
    public void Scan_FindsNothing_WhenTextOnlyNamesOrPlaceholdsASecret(string path, string text) =>
        Assert.Empty(SecretScanner.Scan(path, text));

    private static List<string> TrackedFiles()
    {
        var start = new ProcessStartInfo("git", ["ls-files", "-z"]) { WorkingDirectory = RepoPaths.Root, RedirectStandardOutput = true, UseShellExecute = false };
        using var git = Process.Start(start)!;
        var output = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        Assert.Equal(0, git.ExitCode);
        return output.Split('\0', StringSplitOptions.RemoveEmptyEntries).ToList();
    }
}
