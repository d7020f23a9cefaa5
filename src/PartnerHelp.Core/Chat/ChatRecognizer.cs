using System.Diagnostics;

namespace PartnerHelp.Core.Chat;

/// <summary>
/// The help bot's understanding component: two classifiers trained at start-up on the embedded utterance set
/// (<see cref="UtteranceSet"/>) — the topic of a message and the language it is written in — with the entities
/// beside them (ids, dates, amounts). In-process, no files or downloads; thread-safe once constructed.
/// </summary>
public sealed class ChatRecognizer
{
    private const int TopicBits = 17;
    private const int LanguageBits = 16;
    private const float ClearLanguage = 0.6f;
    private const int MaxContext = 6000;
    private const int MaxSample = 120;
    private static readonly ChatTopic[] Topics = Enum.GetValues<ChatTopic>();

    private readonly SoftmaxModel _topics;
    private readonly SoftmaxModel _languages;

    /// <summary>Trains on the embedded utterance set.</summary>
    public ChatRecognizer()
        : this(UtteranceSet.Load())
    {
    }

    /// <summary>
    /// Trains on <paramref name="utterances"/>; the language model also learns from <paramref name="languageSamples"/>
    /// (any text known to be in a site language, e.g. the site's own translated strings).
    /// </summary>
    public ChatRecognizer(IReadOnlyList<Utterance> utterances, IReadOnlyList<(string Language, string Text)>? languageSamples = null)
    {
        ArgumentNullException.ThrowIfNull(utterances);
        var clock = Stopwatch.StartNew();
        var random = new Random(20261206);
        var topicExamples = new List<(SparseVector, int)>(utterances.Count * 2);
        var languageExamples = new List<(SparseVector, int)>(utterances.Count * 2);
        foreach (var utterance in utterances)
        {
            var topic = Array.IndexOf(Topics, utterance.Topic);
            var language = IndexOfLanguage(utterance.Language);
            var normalized = ResourceIds.Normalize(utterance.Text);
            topicExamples.Add((TopicFeatures(normalized), topic));
            topicExamples.Add((TopicFeatures(UtteranceSet.WithTypos(normalized, random)), topic));
            if (utterance.Language != "en")
            {
                topicExamples.Add((TopicFeatures(UtteranceSet.WithEnglishTerm(normalized, random)), topic));
            }

            languageExamples.Add((TextFeatures.Language(Unnamed(normalized), LanguageBits), language));
            var plain = UtteranceSet.WithoutDiacritics(normalized);
            if (plain != normalized)
            {
                languageExamples.Add((TextFeatures.Language(Unnamed(plain), LanguageBits), language));
            }

            if (utterance.Language != "en")
            {
                // Partners often keep the English product word in their own sentence ("hủy order", "den Refund").
                languageExamples.Add((TextFeatures.Language(Unnamed(UtteranceSet.WithEnglishTerm(normalized, random)), LanguageBits), language));
            }
        }

        // Long strings teach nothing their first sentence does not, and cost training time at every start.
        foreach (var (language, sample) in languageSamples ?? [])
        {
            var normalized = ResourceIds.Normalize(sample.Length > MaxSample ? sample[..MaxSample] : sample);
            languageExamples.Add((TextFeatures.Language(normalized, LanguageBits), IndexOfLanguage(language)));
        }

        var topicTraining = Task.Run(() => SoftmaxModel.Train(topicExamples, Topics.Length, TopicBits, epochs: 10, rate: 2f, seed: 7));
        _languages = SoftmaxModel.Train(languageExamples, UtteranceSet.Languages.Count, LanguageBits, epochs: 5, rate: 2f, seed: 11);
        _topics = topicTraining.GetAwaiter().GetResult();
        TrainingTime = clock.Elapsed;
        UtteranceCount = utterances.Count;
    }

    /// <summary>How long training took (start-up cost of the component).</summary>
    public TimeSpan TrainingTime { get; }

    /// <summary>How many utterances it was trained on.</summary>
    public int UtteranceCount { get; }

    /// <summary>Reads topic, language and entities of <paramref name="text"/>; <paramref name="today"/> anchors dates without a year.</summary>
    public ChatReading Read(string? text, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ChatReading.Empty;
        }

        var normalized = ResourceIds.Normalize(text);
        var segments = QuestionFinder.Segments(normalized);
        var probabilities = new float[Topics.Length];
        var best = new float[Topics.Length];
        var question = segments[0];
        var bestScore = float.MinValue;
        foreach (var segment in segments)
        {
            _topics.Predict(TopicFeatures(segment), probabilities);
            var score = segments.Count == 1 ? 0f : QuestionScore(segment, probabilities);
            if (score > bestScore)
            {
                bestScore = score;
                question = segment;
                probabilities.CopyTo(best, 0);
            }
        }

        if (segments.Count > 1)
        {
            // The question decides, the rest of a long text adds its context ("it" in the question is the order above).
            _topics.Predict(TopicFeatures(normalized.Length > MaxContext ? normalized[..MaxContext] : normalized), probabilities);
            for (var k = 0; k < best.Length; k++)
            {
                best[k] = (0.65f * best[k]) + (0.35f * probabilities[k]);
            }
        }

        var ranked = Enumerable.Range(0, Topics.Length).OrderByDescending(k => best[k]).ToArray();
        var inQuestion = ResourceIds.Find(question);
        var everywhere = ResourceIds.Find(normalized);
        var resources = inQuestion.Concat(everywhere.Where(m => !inQuestion.Any(q => q.Resource == m.Resource))).ToList();
        var language = DetectLanguage(question);
        if (language.Language is null && segments.Count > 1)
        {
            language = DetectLanguage(normalized.Length > 3000 ? normalized[..3000] : normalized);
        }

        var monthFirst = language.Language is "en" or null;
        var dates = ChatDates.Find(question, today, monthFirst).Concat(ChatDates.Find(normalized.Length > 20_000 ? normalized[..20_000] : normalized, today, monthFirst)).Distinct().ToList();

        return new ChatReading(
            Topics[ranked[0]], best[ranked[0]], Topics[ranked[1]], best[ranked[1]], language.Language,
            resources, ResourceIds.BareNumbers(question, inQuestion).Concat(ResourceIds.BareNumbers(normalized, everywhere)).Distinct().ToList(),
            dates, ChatAmounts.Find(normalized), question);
    }

    /// <summary>The site culture <paramref name="text"/> is clearly written in, with the model's confidence; null when unclear.</summary>
    public (string? Language, float Confidence) DetectLanguage(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = ResourceIds.Normalize(text);
        var letters = 0;
        var japanese = 0;
        var arabic = 0;
        foreach (var c in normalized)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            letters++;
            japanese += c is >= '\u3040' and <= '\u30ff' or >= '\u4e00' and <= '\u9fff' ? 1 : 0;
            arabic += c is >= '\u0600' and <= '\u06ff' ? 1 : 0;
        }

        // A script of its own decides; Latin-script languages are told apart by the model.
        if (japanese * 3 >= letters && japanese > 0)
        {
            return ("ja", 1f);
        }

        if (arabic * 3 >= letters && arabic > 0)
        {
            return ("ar", 1f);
        }

        var unnamed = Unnamed(normalized);
        if (unnamed.Count(char.IsLetter) < 3)
        {
            return (null, 0f);
        }

        var probabilities = new float[UtteranceSet.Languages.Count];
        _languages.Predict(TextFeatures.Language(unnamed, LanguageBits), probabilities);
        var top = Array.IndexOf(probabilities, probabilities.Max());
        return probabilities[top] >= ClearLanguage ? (UtteranceSet.Languages[top], probabilities[top]) : (null, probabilities[top]);
    }

    private static SparseVector TopicFeatures(string normalized) =>
        TextFeatures.Topic(TextFeatures.TopicText(normalized, ResourceIds.Find(normalized)), TopicBits);

    // A long text's question is the sentence that most clearly asks about one of the topics, a question mark helping.
    private static float QuestionScore(string segment, float[] probabilities)
    {
        var substantive = 0f;
        for (var k = 0; k < Topics.Length; k++)
        {
            if (Topics[k] is not (ChatTopic.None or ChatTopic.Greeting or ChatTopic.FollowUp))
            {
                substantive = MathF.Max(substantive, probabilities[k]);
            }
        }

        return substantive + (QuestionFinder.IsAsked(segment) ? 0.35f : 0f) + (ResourceIds.Find(segment).Count > 0 ? 0.1f : 0f);
    }

    private static string Unnamed(string normalized)
    {
        var ids = ResourceIds.Find(normalized);
        var text = normalized;
        for (var i = ids.Count - 1; i >= 0; i--)
        {
            text = string.Concat(text.AsSpan(0, ids[i].Index), " ", text.AsSpan(ids[i].Index + ids[i].Length));
        }

        return text;
    }

    private static int IndexOfLanguage(string language)
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
