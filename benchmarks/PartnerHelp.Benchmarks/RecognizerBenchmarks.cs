using BenchmarkDotNet.Attributes;
using PartnerHelp.Core.Chat;

namespace PartnerHelp.Benchmarks;

/// <summary>
/// The help bot's recognizer: loading the shipped model (what the site does once at start, instead of training) and
/// reading a short question and a pasted e-mail with it (the recognizer's share of a reply).
/// </summary>
[MemoryDiagnoser]
public class RecognizerBenchmarks
{
    private static readonly DateOnly Today = new(2026, 12, 6);
    private static readonly string Email = "Hi team,\n" + string.Concat(Enumerable.Repeat("We went through the quarterly purchases with finance and filed every invoice in our system. ", 25))
        + "\nCould you tell me when the refund for CT-1008 reaches our card?\nBest regards";

    private readonly ChatRecognizer _recognizer = new();

    /// <summary>Decompress and unpack the embedded model (budget: well under a second).</summary>
    [Benchmark]
    public RecognizerModel LoadModel() => RecognizerModel.LoadEmbedded();

    /// <summary>One short question with an id as people write it.</summary>
    [Benchmark]
    public ChatReading ReadQuestion() => _recognizer.Read("Warum kann ich ct 1002 nicht stornieren?", Today);

    /// <summary>A 2,300-character pasted e-mail with the question at the end.</summary>
    [Benchmark]
    public ChatReading ReadEmail() => _recognizer.Read(Email, Today);
}
