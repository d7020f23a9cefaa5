namespace PartnerHelp.Jobs.Tests.Engine;

/// <summary>Jobs for the engine tests: what they do is recorded here so a test can tell which runs happened.</summary>
public sealed class EngineJobs
{
    private static int _runs;

    /// <summary>How many times <see cref="Succeed"/> or <see cref="FailOnce"/> ran, across tests.</summary>
    public static int Runs => Volatile.Read(ref _runs);

    /// <summary>Succeeds with a summary.</summary>
    public string Succeed(string name)
    {
        Interlocked.Increment(ref _runs);
        return $"{name} done";
    }

    /// <summary>Fails with an exception carrying <paramref name="message"/>.</summary>
    public void Fail(string message) => throw new TimeoutException(message);

    /// <summary>Fails the first time it is called for <paramref name="key"/>, then succeeds.</summary>
    public string FailOnce(string key)
    {
        Interlocked.Increment(ref _runs);
        return Attempts.AddOrUpdate(key, 1, (_, n) => n + 1) == 1 ? throw new TimeoutException($"{key} failed once") : $"{key} succeeded";
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> Attempts = new(StringComparer.Ordinal);
}
