using System.Globalization;
using PartnerHelp.Core.Chat;
using PartnerHelp.Testing;
using PartnerHelp.Web.Bot;
using Xunit.Abstractions;

namespace PartnerHelp.Web.Tests.Bot;

/// <summary>
/// The site loads the recognizer trained offline (src/PartnerHelp.Core/Chat/recognizer.model) instead of training it at
/// every start. The shipped model must be the one the current utterances, language samples and trainer give: when
/// these tests fail, run <c>./scripts/train-bot.sh</c> and commit the model.
/// </summary>
public sealed class RecognizerModelTests(ITestOutputHelper output)
{
    private static readonly Lazy<IReadOnlyList<(string Language, string Text)>> Samples = new(ChatLanguageSamples.FromSiteResources);

    [Fact]
    public void ShippedModel_WasTrainedOnTheCurrentUtterancesAndStrings()
    {
        var expected = RecognizerTrainer.Fingerprint(UtteranceSet.Load(RepoPaths.ChatTrainingData), Samples.Value);

        Assert.True(expected == RecognizerModel.LoadEmbedded().Fingerprint,
            "The shipped recognizer model was trained on other utterances, language samples or settings; run ./scripts/train-bot.sh.");
    }

    [Fact]
    public void Retraining_GivesTheShippedWeights()
    {
        // Training is deterministic; the tolerance covers the quantisation of the shipped file and floating-point
        // differences between machines, not a change of the trainer or the features (those move weights by far more).
        var shipped = RecognizerModel.LoadEmbedded();
        var retrained = RecognizerTrainer.Train(UtteranceSet.Load(RepoPaths.ChatTrainingData), Samples.Value);
        using var file = new MemoryStream();
        retrained.Save(file);
        file.Position = 0;

        var difference = RecognizerModel.Load(file).Difference(shipped);

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"largest weight difference: {difference:P3} of the largest weight"));
        Assert.True(difference <= 0.01f,
            $"Retraining moves a weight by {difference:P1} of the largest one: the trainer or the features changed since the model was shipped; run ./scripts/train-bot.sh.");
    }
}
