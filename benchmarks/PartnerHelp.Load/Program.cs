using System.Globalization;

namespace PartnerHelp.Load;

/// <summary>
/// Load clients and data generators for ./scripts/bench.sh: each command prints "figure …" lines the script
/// collects. Commands: seed-orders, scale, refunds, refunds-done, refunds-run, refunds-direct, hangfire-noop,
/// cancel-latency, bot, bot-first.
/// </summary>
public static class Program
{
    /// <summary>Runs one command; exit code 0 on success.</summary>
    public static async Task<int> Main(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var options = Arguments.Parse(args.Skip(1));
        var timeout = TimeSpan.FromSeconds(options.Number("timeout", 300));
        switch (args.FirstOrDefault())
        {
            case "seed-orders":
                await BenchData.SeedOrdersAsync(options.Database(), options.Text("partner", "contoso"), options.Number("count", 50));
                return 0;
            case "scale":
                await ScaleGenerator.RunAsync(options.Database(), options.Number("partners", 100_000), options.Number("orders", 1_000_000), options.Number("seed", 20261122));
                return 0;
            case "refunds":
                await BenchData.SeedRefundsAsync(options.Database(), options.Text("batch", "m"), options.Number("count", 500));
                return 0;
            case "refunds-run":
                return await BenchData.RunRefundsAsync(options.Database(), options.Text("batch", "m"), options.Number("count", 500), timeout);
            case "refunds-done":
                return await BenchData.WaitForRefundsAsync(options.Database(), options.Text("batch", "m"), options.Number("count", 500), timeout);
            case "refunds-direct":
                return await DirectRefunds.RunAsync(options.Text("site", "artifacts/publish/web"), options.Database(), options.Number("warmup", 1000), options.Number("count", 500), timeout);
            case "hangfire-noop":
                return await HangfireNoOp.RunAsync(options.Text("site", "artifacts/publish/web"), options.Database(), options.Number("warmup", 1000), options.Number("count", 500), options.Text("shape", "plain"));
            case "cancel-latency":
                return await CancelLatency.RunAsync(options.Text("url", "http://127.0.0.1:5080"), options.Database(), options.Number("batch", 1), options.Number("count", 200),
                    TimeSpan.FromMilliseconds(options.Number("interval", 100)), timeout);
            case "bot":
                return await DirectLineLoad.RunAsync(options.Text("url", "http://127.0.0.1:5080"), options.Text("secret", ""), options.Number("samples", 200), options.Number("conversations", 100), TimeSpan.FromSeconds(options.Number("seconds", 20)));
            case "bot-first":
                return await DirectLineLoad.FirstReplyAsync(options.Text("url", "http://127.0.0.1:5080"), options.Text("secret", ""), TimeSpan.FromSeconds(options.Number("timeout", 60)));
            default:
                await Console.Error.WriteLineAsync("usage: PartnerHelp.Load seed-orders|scale|refunds|refunds-done|refunds-run|refunds-direct|hangfire-noop|cancel-latency|bot|bot-first [--key value …]");
                return 2;
        }
    }
}
