using System.Globalization;

namespace PartnerHelp.Load;

/// <summary>
/// A reference process of the jobs benchmark lives as long as the site it is compared with: it warms up once, prints
/// <c>ready</c>, then measures one batch for each name read from standard input, between <c>begin NAME</c> and
/// <c>done NAME</c> lines, until standard input closes. The harness (benchmarks/load/jobs.sh) so alternates the
/// rounds of the site and of its references, each process warm.
/// </summary>
internal static class Rounds
{
    /// <summary>Serves rounds with <paramref name="measure"/>; 0 when every round succeeded.</summary>
    public static async Task<int> ServeAsync(Func<string, Task<int>> measure)
    {
        Console.WriteLine("ready");
        var status = 0;
        while (await Console.In.ReadLineAsync() is { } line)
        {
            var batch = line.Trim();
            if (batch.Length == 0)
            {
                continue;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"begin {batch}"));
            status |= await measure(batch);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"done {batch}"));
        }

        return status;
    }
}
