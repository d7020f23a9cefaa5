using System.Diagnostics;

namespace PartnerHelp.Testing;

/// <summary>
/// Waits for what really is asynchronous (a background job finishing, a process starting, another node taking over):
/// probes until the value is accepted, on the real clock, because the work awaited runs on it (Hangfire's polling,
/// processes, sockets). Time the code under test reads from <see cref="TimeProvider"/> is moved with
/// <c>FakeTimeProvider.Advance</c> instead. When <c>within</c> runs out the test fails naming what it awaited and the
/// last value it saw.
/// </summary>
public static class Eventually
{
    /// <summary>How often a probe runs when the caller names no interval.</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// Probes <paramref name="probe"/> until <paramref name="accept"/> holds for its value and returns that value;
    /// throws <see cref="TimeoutException"/> with <paramref name="what"/> and the last value after <paramref name="within"/>.
    /// </summary>
    public static async Task<T> MatchesAsync<T>(
        string what, Func<Task<T>> probe, Func<T, bool> accept, TimeSpan within, TimeSpan? every = null, Func<T, string?>? describe = null)
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(accept);
        var clock = Stopwatch.StartNew();
        for (var probes = 1; ; probes++)
        {
            var value = await probe();
            if (accept(value))
            {
                return value;
            }

            if (clock.Elapsed >= within)
            {
                var last = describe is null ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) : describe(value);
                throw new TimeoutException($"Waited {within.TotalSeconds:0.#} s ({probes} probes) for {what}; last observed: {last ?? "null"}.");
            }

            await Task.Delay(every ?? DefaultInterval);
        }
    }

    /// <summary>Probes <paramref name="probe"/> (synchronous) until <paramref name="accept"/> holds for its value.</summary>
    public static Task<T> MatchesAsync<T>(
        string what, Func<T> probe, Func<T, bool> accept, TimeSpan within, TimeSpan? every = null, Func<T, string?>? describe = null) =>
        MatchesAsync(what, () => Task.FromResult(probe()), accept, within, every, describe);

    /// <summary>Probes <paramref name="condition"/> until it holds.</summary>
    public static Task TrueAsync(string what, Func<Task<bool>> condition, TimeSpan within, TimeSpan? every = null) =>
        MatchesAsync(what, condition, done => done, within, every);

    /// <summary>Probes <paramref name="condition"/> (synchronous) until it holds.</summary>
    public static Task TrueAsync(string what, Func<bool> condition, TimeSpan within, TimeSpan? every = null) =>
        MatchesAsync(what, condition, done => done, within, every);
}
