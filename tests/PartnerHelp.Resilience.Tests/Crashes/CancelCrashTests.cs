using System.Diagnostics;
using PartnerHelp.Resilience.Tests.Harness;
using PartnerHelp.Testing;
using Xunit.Abstractions;

namespace PartnerHelp.Resilience.Tests.Crashes;

/// <summary>
/// Cancellations through the real pages while the site is killed (SIGKILL) at random, seeded points and restarted on
/// the same database: every order ends cancelled once with one refund paid once. On the in-memory storage each kill
/// loses every job and the sweep at start re-creates them from the database; on PostgreSQL the jobs stay and a run cut
/// off comes back after the invisibility timeout.
/// </summary>
public sealed class CancelCrashTests(ITestOutputHelper output)
{
    private const int Workers = 4;

    [Theory]
    [Trait("Category", "Soak")]
    [InlineData(SiteStorage.InMemory)]
    [InlineData(SiteStorage.PostgreSql)]
    public async Task Cancellations_EndExactlyOnce_WhenSiteIsKilledAtRandomPoints(SiteStorage storage)
    {
        var orderCount = SuiteProfile.Pick(40, 200);
        var killCount = SuiteProfile.Pick(3, 10);
        var seed = SuiteSettings.Seed();
        var random = new Random(seed);
        output.WriteLine($"seed {seed} (PARTNERHELP_SEED={seed} repeats the kill points)");
        await using var database = await ResilienceDatabase.CreateAsync(storage, "crash");
        var settings = SuiteSettings.FastJobs(seed);
        var site = await database.StartSiteAsync(settings);
        var clock = Stopwatch.StartNew();
        try
        {
            var orders = await database.AddEligibleOrdersAsync("CK", orderCount);
            using var client = new CancelClient(() => Volatile.Read(ref site).Url);
            await client.SignInAsync("admin@contoso.example");

            // Kill points: after a random share of the orders has been answered, plus a random delay, so kills land
            // mid-request, between requests and (for the late ones) while only the refund jobs are running.
            var killAfter = Enumerable.Range(0, killCount).Select(_ => (Answered: (int)(random.NextDouble() * orderCount * 1.05), DelayMs: random.Next(0, 400)))
                .OrderBy(k => k.Answered).ToList();
            output.WriteLine("kill points (answered orders + ms): " + string.Join(", ", killAfter.Select(k => $"{k.Answered}+{k.DelayMs}")));
            var answered = 0;
            var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(SuiteProfile.Pick(3, 15));
            var queue = new Queue<string>(orders);
            var workers = Enumerable.Range(0, Workers).Select(async _ =>
            {
                while (true)
                {
                    string next;
                    lock (queue)
                    {
                        if (!queue.TryDequeue(out next!))
                        {
                            return;
                        }
                    }

                    await client.CancelAsync(next, deadline);
                    Interlocked.Increment(ref answered);
                }
            }).ToList();

            var kills = 0;
            foreach (var (threshold, delayMs) in killAfter)
            {
                while (Volatile.Read(ref answered) < Math.Min(threshold, orderCount) && workers.Any(w => !w.IsCompleted))
                {
                    await Task.Delay(20);
                }

                await Task.Delay(delayMs);
                site.KillHard();
                kills++;
                site.Dispose();
                Volatile.Write(ref site, await database.StartSiteAsync(settings));
                output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0}s: kill {kills} at {Volatile.Read(ref answered)} answered, restarted");
            }

            await Task.WhenAll(workers);
            output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0}s: every order answered");
            using var ops = await OperatorClient.SignInAsync(() => Volatile.Read(ref site).Url);
            var audit = await MoneyAudit.UntilSettledAsync(database, orders, ops, TimeSpan.FromSeconds(SuiteProfile.Pick(120, 300)));
            SuiteFigures.Record("crash", $"{storage}: seed {seed}: {audit.Orders} orders, {kills} kills survived, {client.Posts} cancel requests tried, {client.Retries} retries ({client.ResubmittedAlreadyDone} found the order already cancelled), {client.ServerErrors} 500s seen, {client.RefusedForms} forms refused, {audit.MoneyMismatches} money mismatches, {audit.RefundedTotal:0.00} USD refunded for {audit.CancelledTotal:0.00} cancelled, {audit.Stuck} stuck, {audit.JobsLeft} jobs left, {clock.Elapsed.TotalSeconds:0}s");
            Assert.True(audit.Problems.Count == 0, $"seed {seed}: " + string.Join(Environment.NewLine, audit.Problems));
            Assert.Equal(killCount, kills);
            Assert.Equal(0, client.ServerErrors);
            Assert.Equal(0, client.RefusedForms);
        }
        catch (Exception) when (Log(site))
        {
            throw;
        }
        finally
        {
            site.Dispose();
        }
    }

    private bool Log(SiteProcess site)
    {
        output.WriteLine(site.RecentOutput);
        return false;
    }
}
