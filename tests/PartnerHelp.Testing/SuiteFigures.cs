using System.Globalization;

namespace PartnerHelp.Testing;

/// <summary>
/// Figures a suite prints (requests tried, faults injected, kills survived, mismatches...). Each line goes to the
/// console and to <c>artifacts/figures/{suite}.txt</c>; the test and benchmark commands print those files at the end.
/// </summary>
public static class SuiteFigures
{
    private static readonly Lock Gate = new();

    /// <summary>Records one line of figures for <paramref name="suite"/>, stamped with the time and the profile.</summary>
    public static void Record(string suite, string figures)
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"{DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm}Z [{SuiteProfile.Name}] {suite}: {figures}");
        Console.WriteLine(line);
        var folder = RepoPaths.Combine("artifacts", "figures");
        lock (Gate)
        {
            Directory.CreateDirectory(folder);
            File.AppendAllLines(Path.Combine(folder, $"{suite}.txt"), [line]);
        }
    }
}
