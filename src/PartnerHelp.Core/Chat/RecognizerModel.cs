using System.Diagnostics;

namespace PartnerHelp.Core.Chat;

/// <summary>
/// The recognizer's trained weights: the topic model and the language model, with the fingerprint of what they
/// were trained on. The site loads the one shipped in the assembly (<see cref="LoadEmbedded"/>, milliseconds);
/// <c>./scripts/train-bot.sh</c> retrains it offline with <see cref="RecognizerTrainer"/> and writes it with
/// <see cref="Save"/>.
/// </summary>
public sealed class RecognizerModel
{
    private const string ResourceName = "PartnerHelp.Chat.recognizer.model";

    internal RecognizerModel(SoftmaxModel topics, SoftmaxModel languages, string fingerprint, int utteranceCount)
    {
        Topics = topics;
        Languages = languages;
        Fingerprint = fingerprint;
        UtteranceCount = utteranceCount;
    }

    /// <summary>
    /// What the model was trained on and how (<see cref="RecognizerTrainer.Fingerprint"/>): when the utterances, the
    /// language samples or the training settings change, it no longer matches and the model must be retrained.
    /// </summary>
    public string Fingerprint { get; }

    /// <summary>How many utterances it was trained on.</summary>
    public int UtteranceCount { get; }

    /// <summary>How long <see cref="LoadEmbedded"/> took (zero for a model made another way).</summary>
    public TimeSpan LoadTime { get; private set; }

    internal SoftmaxModel Topics { get; }

    internal SoftmaxModel Languages { get; }

    /// <summary>The model shipped in this assembly (<c>Chat/recognizer.model</c>).</summary>
    public static RecognizerModel LoadEmbedded()
    {
        var clock = Stopwatch.StartNew();
        using var stream = typeof(RecognizerModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The recognizer model is not embedded; run ./scripts/train-bot.sh.");
        var model = ModelFile.Read(stream);
        model.LoadTime = clock.Elapsed;
        return model;
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    public static RecognizerModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ModelFile.Read(stream);
    }

    /// <summary>Writes the model in its shipped, quantised form.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ModelFile.Write(stream, this);
    }

    /// <summary>
    /// The largest difference between a weight of this model and the same weight of <paramref name="other"/>, as a
    /// share of this model's largest weight (both models' topic and language weights). Zero for the same training.
    /// </summary>
    public float Difference(RecognizerModel other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return MathF.Max(Difference(Topics, other.Topics), Difference(Languages, other.Languages));
    }

    private static float Difference(SoftmaxModel a, SoftmaxModel b)
    {
        if (a.Classes != b.Classes || a.Bits != b.Bits)
        {
            return float.PositiveInfinity;
        }

        var largest = 0f;
        var difference = 0f;
        ReadOnlySpan<float> x = a.Weights;
        ReadOnlySpan<float> y = b.Weights;
        for (var i = 0; i < x.Length; i++)
        {
            largest = MathF.Max(largest, MathF.Abs(x[i]));
            difference = MathF.Max(difference, MathF.Abs(x[i] - y[i]));
        }

        for (var k = 0; k < a.Classes; k++)
        {
            difference = MathF.Max(difference, MathF.Abs(a.Bias[k] - b.Bias[k]));
        }

        return largest == 0 ? difference : difference / largest;
    }
}
