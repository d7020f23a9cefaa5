using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PartnerHelp.Web.Hosting;

namespace PartnerHelp.Web.Tests.Hosting;

/// <summary>The periodic trim on a fake clock.</summary>
public sealed class NativeHeapTrimmerTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 7, 1, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task TrimsOncePerInterval_UntilStopped()
    {
        var trims = 0;
        using var trimmer = Trimmer(TimeSpan.FromSeconds(10), () => Interlocked.Increment(ref trims) > 0);
        await trimmer.StartAsync(CancellationToken.None);

        for (var tick = 1; tick <= 3; tick++)
        {
            _clock.Advance(TimeSpan.FromSeconds(10));
            await WaitUntilAsync(() => Volatile.Read(ref trims) == tick);
        }

        _clock.Advance(TimeSpan.FromSeconds(9));
        await trimmer.StopAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(30));

        Assert.Equal(3, Volatile.Read(ref trims));
    }

    [Fact]
    public async Task ZeroInterval_NeverTrims()
    {
        var trims = 0;
        using var trimmer = Trimmer(TimeSpan.Zero, () => Interlocked.Increment(ref trims) > 0);
        await trimmer.StartAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(5));
        await trimmer.ExecuteTask!;

        Assert.Equal(0, trims);
    }

    private NativeHeapTrimmer Trimmer(TimeSpan interval, Func<bool> trim) =>
        new(Options.Create(new NativeHeapOptions { TrimInterval = interval }), _clock, NullLogger<NativeHeapTrimmer>.Instance) { Trim = trim };

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(10), "The trimmer did not tick.");
            await Task.Delay(5);
        }
    }
}
