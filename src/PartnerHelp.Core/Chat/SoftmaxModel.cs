namespace PartnerHelp.Core.Chat;

/// <summary>
/// Multinomial logistic regression over hashed sparse features, trained by stochastic gradient descent with
/// a fixed seed (the same utterances always give the same model). Trained offline by the repository's trainer
/// (<see cref="RecognizerTrainer"/>) and shipped quantised (<see cref="ModelFile"/>).
/// </summary>
internal sealed class SoftmaxModel
{
    private readonly float[] _weights;
    private readonly float[] _bias;

    public SoftmaxModel(int classes, int bits)
    {
        Classes = classes;
        Bits = bits;
        _weights = new float[(1 << bits) * classes];
        _bias = new float[classes];
    }

    public int Classes { get; }

    public int Bits { get; }

    /// <summary>The weights, feature by feature (one row of <see cref="Classes"/> values per hashed feature).</summary>
    public Span<float> Weights => _weights;

    /// <summary>One bias per class.</summary>
    public Span<float> Bias => _bias;

    /// <summary>Trains on <paramref name="examples"/> (features, class) for <paramref name="epochs"/> shuffled passes.</summary>
    public static SoftmaxModel Train(IReadOnlyList<(SparseVector X, int Y)> examples, int classes, int bits, int epochs, float rate, int seed)
    {
        var model = new SoftmaxModel(classes, bits);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(seed);
        var probabilities = new float[classes];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            var step = rate / (1f + (0.5f * epoch));
            foreach (var index in order)
            {
                var (x, y) = examples[index];
                model.Predict(x, probabilities);
                for (var k = 0; k < classes; k++)
                {
                    var gradient = probabilities[k] - (k == y ? 1f : 0f);
                    if (MathF.Abs(gradient) < 1e-4f)
                    {
                        continue;
                    }

                    model._bias[k] -= step * gradient * 0.1f;
                    for (var i = 0; i < x.Indexes.Length; i++)
                    {
                        model._weights[(x.Indexes[i] * classes) + k] -= step * gradient * x.Values[i];
                    }
                }
            }
        }

        return model;
    }

    /// <summary>Writes the class probabilities of <paramref name="x"/> into <paramref name="probabilities"/>.</summary>
    public void Predict(SparseVector x, Span<float> probabilities)
    {
        var classes = Classes;
        _bias.CopyTo(probabilities);
        for (var i = 0; i < x.Indexes.Length; i++)
        {
            var row = _weights.AsSpan(x.Indexes[i] * classes, classes);
            var value = x.Values[i];
            for (var k = 0; k < classes; k++)
            {
                probabilities[k] += row[k] * value;
            }
        }

        var max = float.MinValue;
        foreach (var score in probabilities)
        {
            max = MathF.Max(max, score);
        }

        var sum = 0f;
        for (var k = 0; k < classes; k++)
        {
            probabilities[k] = MathF.Exp(probabilities[k] - max);
            sum += probabilities[k];
        }

        for (var k = 0; k < classes; k++)
        {
            probabilities[k] /= sum;
        }
    }
}
