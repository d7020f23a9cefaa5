using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PartnerHelp.Core.Chat;

/// <summary>
/// Trains the recognizer's two models from the utterance set (<see cref="UtteranceSet"/>) and, for the language
/// model, any text known to be in a site language (the site's own translated strings). Deterministic: fixed seeds,
/// so the same inputs give the same weights. Run offline by <c>./scripts/train-bot.sh</c>, never by the site.
/// </summary>
public static class RecognizerTrainer
{
    /// <summary>Hashed feature bits of the topic model.</summary>
    public const int TopicBits = 17;

    /// <summary>Hashed feature bits of the language model.</summary>
    public const int LanguageBits = 16;

    private const int TopicEpochs = 10;
    private const int LanguageEpochs = 5;
    private const float Rate = 2f;
    private const int MaxSample = 120;

    // Everything about how the models are trained that is not code; part of the fingerprint.
    private static readonly string Settings = string.Create(CultureInfo.InvariantCulture,
        $"format 1; topic bits {TopicBits} epochs {TopicEpochs}; language bits {LanguageBits} epochs {LanguageEpochs}; rate {Rate}; sample {MaxSample}; negligible {ModelFile.Negligible}");

    /// <summary>Trains both models; <see cref="RecognizerModel.Fingerprint"/> is <see cref="Fingerprint"/> of the same inputs.</summary>
    public static RecognizerModel Train(IReadOnlyList<Utterance> utterances, IReadOnlyList<(string Language, string Text)> languageSamples)
    {
        ArgumentNullException.ThrowIfNull(utterances);
        ArgumentNullException.ThrowIfNull(languageSamples);
        var random = new Random(20261206);
        var topicExamples = new List<(SparseVector, int)>(utterances.Count * 3);
        var languageExamples = new List<(SparseVector, int)>((utterances.Count * 3) + languageSamples.Count);
        foreach (var utterance in utterances)
        {
            var topic = (int)utterance.Topic;
            var language = LanguageIndex(utterance.Language);
            var normalized = ResourceIds.Normalize(utterance.Text);
            topicExamples.Add((TextFeatures.TopicOf(normalized, TopicBits), topic));
            topicExamples.Add((TextFeatures.TopicOf(UtteranceSet.WithTypos(normalized, random), TopicBits), topic));
            if (utterance.Language != "en")
            {
                topicExamples.Add((TextFeatures.TopicOf(UtteranceSet.WithEnglishTerm(normalized, random), TopicBits), topic));
            }

            var unnamed = TextFeatures.Unnamed(normalized);
            languageExamples.Add((TextFeatures.Language(unnamed, LanguageBits), language));
            var plain = UtteranceSet.WithoutDiacritics(unnamed);
            if (plain != unnamed)
            {
                languageExamples.Add((TextFeatures.Language(plain, LanguageBits), language));
            }

            if (utterance.Language != "en")
            {
                // Partners often keep the English product word in their own sentence ("hủy order", "den Refund").
                languageExamples.Add((TextFeatures.Language(TextFeatures.Unnamed(UtteranceSet.WithEnglishTerm(normalized, random)), LanguageBits), language));
            }
        }

        // Long strings teach nothing their first sentence does not.
        foreach (var (language, sample) in languageSamples)
        {
            var normalized = ResourceIds.Normalize(sample.Length > MaxSample ? sample[..MaxSample] : sample);
            languageExamples.Add((TextFeatures.Language(normalized, LanguageBits), LanguageIndex(language)));
        }

        var topics = Task.Run(() => SoftmaxModel.Train(topicExamples, ChatRecognizer.TopicCount, TopicBits, TopicEpochs, Rate, seed: 7));
        var languages = SoftmaxModel.Train(languageExamples, UtteranceSet.Languages.Count, LanguageBits, LanguageEpochs, Rate, seed: 11);
        return new RecognizerModel(topics.GetAwaiter().GetResult(), languages, Fingerprint(utterances, languageSamples), utterances.Count);
    }

    /// <summary>
    /// SHA-256 (hex) of the training settings, every utterance and every language sample, in order: the identity of a
    /// training run's inputs, stored in the model so a test can tell when the shipped model is stale.
    /// </summary>
    public static string Fingerprint(IReadOnlyList<Utterance> utterances, IReadOnlyList<(string Language, string Text)> languageSamples)
    {
        ArgumentNullException.ThrowIfNull(utterances);
        ArgumentNullException.ThrowIfNull(languageSamples);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));
        Add(Settings);
        foreach (var utterance in utterances)
        {
            Add($"{utterance.Language}\t{utterance.Topic}\t{utterance.Text}");
        }

        Add("--- language samples");
        foreach (var (language, text) in languageSamples)
        {
            Add($"{language}\t{text}");
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static int LanguageIndex(string language)
    {
        for (var i = 0; i < UtteranceSet.Languages.Count; i++)
        {
            if (UtteranceSet.Languages[i] == language)
            {
                return i;
            }
        }

        throw new ArgumentException($"Unknown language {language}.", nameof(language));
    }
}
