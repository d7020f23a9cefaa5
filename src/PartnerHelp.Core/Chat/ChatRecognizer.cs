namespace PartnerHelp.Core.Chat;

/// <summary>
/// The help bot's understanding component: two classifiers — the topic of a message and the language it is written
/// in — trained offline on the utterance set (<see cref="RecognizerTrainer"/>) and shipped in the assembly, with the
/// entities beside them (ids, dates, amounts). In-process, no files or downloads; thread-safe once constructed.
/// </summary>
public sealed class ChatRecognizer
{
    /// <summary>How many topics the topic model tells apart (every <see cref="ChatTopic"/>).</summary>
    internal static readonly int TopicCount = Enum.GetValues<ChatTopic>().Length;

    private const float ClearLanguage = 0.6f;

    // A text of up to this many letters that the model gives the user's earlier language at least this share keeps it.
    private const int ShortText = 24;
    private const float StillPlausible = 0.1f;
    private const int MaxContext = 6000;

    // How many hiragana (or twice as many Arabic letters) make a mixed-script sentence Japanese (Arabic).
    private const int MixedScriptLetters = 3;
    private static readonly ChatTopic[] Topics = Enum.GetValues<ChatTopic>();
    private static readonly int Vietnamese = UtteranceSet.Languages.ToList().IndexOf("vi");
    private static readonly int Spanish = UtteranceSet.Languages.ToList().IndexOf("es");
    private static readonly int Portuguese = UtteranceSet.Languages.ToList().IndexOf("pt-BR");

    private readonly SoftmaxModel _topics;
    private readonly SoftmaxModel _languages;

    /// <summary>Loads the model shipped in the assembly (trained offline by <c>./scripts/train-bot.sh</c>).</summary>
    public ChatRecognizer()
        : this(RecognizerModel.LoadEmbedded())
    {
    }

    /// <summary>Reads with <paramref name="model"/>.</summary>
    public ChatRecognizer(RecognizerModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
        _topics = model.Topics;
        _languages = model.Languages;
    }

    /// <summary>The trained model this recognizer reads with.</summary>
    public RecognizerModel Model { get; }

    /// <summary>
    /// Reads topic, language and entities of <paramref name="text"/>; <paramref name="today"/> anchors dates without a
    /// year; <paramref name="earlier"/> is the language the user has been writing in, if any (see <see cref="DetectLanguage"/>).
    /// </summary>
    public ChatReading Read(string? text, DateOnly today, string? earlier = null)
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
            _topics.Predict(TextFeatures.TopicOf(segment, _topics.Bits), probabilities);
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
            _topics.Predict(TextFeatures.TopicOf(normalized.Length > MaxContext ? normalized[..MaxContext] : normalized, _topics.Bits), probabilities);
            for (var k = 0; k < best.Length; k++)
            {
                best[k] = (0.65f * best[k]) + (0.35f * probabilities[k]);
            }
        }

        var ranked = Enumerable.Range(0, Topics.Length).OrderByDescending(k => best[k]).ToArray();
        var inQuestion = ResourceIds.Find(question);
        var everywhere = ResourceIds.Find(normalized);
        // Outside the question, an id written loosely ("letters space digits") is more often an address, a postal code or a
        // reference in a signature ("Austin, TX 78701") than an order: only ids written as ids count there.
        var resources = inQuestion.Concat(everywhere.Where(m => !m.Loose && !inQuestion.Any(q => q.Resource == m.Resource))).ToList();
        var language = DetectLanguage(question, earlier);
        if (language.Language is null && segments.Count > 1)
        {
            language = DetectLanguage(normalized.Length > 3000 ? normalized[..3000] : normalized, earlier);
        }

        var monthFirst = language.Language is "en" or null;
        var dates = ChatDates.Find(question, today, monthFirst, language.Language)
            .Concat(ChatDates.Find(normalized.Length > 20_000 ? normalized[..20_000] : normalized, today, monthFirst, language.Language)).Distinct().ToList();

        return new ChatReading(
            Topics[ranked[0]], best[ranked[0]], Topics[ranked[1]], best[ranked[1]], language.Language,
            resources, ResourceIds.BareNumbers(question, inQuestion).Concat(ResourceIds.BareNumbers(normalized, everywhere)).Distinct().ToList(),
            dates, ChatAmounts.Find(normalized), question, best);
    }

    /// <summary>
    /// The site culture <paramref name="text"/> is clearly written in, with the model's confidence; null when unclear.
    /// English product words ("refund", "order", "ok") do not count when enough of the text is left without them. A
    /// short text that may well be in <paramref name="earlier"/>, the language the user has been writing in, stays in
    /// it: "ok, verstanden" after German questions is German, however Swedish its few letters look.
    /// </summary>
    public (string? Language, float Confidence) DetectLanguage(string text, string? earlier = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = ResourceIds.Normalize(text);
        var script = ScriptLetters.Count(normalized);

        // A script of its own decides; Latin-script languages are told apart by the model. Hiragana are Japanese
        // grammar (particles, endings), so a few of them make the sentence Japanese however many English product
        // words it carries ("CT-1001のcancelとrefundはできる？"); Arabic words likewise carry the grammar of a mixed sentence.
        if ((script.Japanese * 3 >= script.Letters && script.Japanese > 0) || script.Kana >= MixedScriptLetters)
        {
            return ("ja", 1f);
        }

        if ((script.Arabic * 3 >= script.Letters && script.Arabic > 0) || script.Arabic >= 2 * MixedScriptLetters)
        {
            return ("ar", 1f);
        }

        var unnamed = TextFeatures.Unnamed(normalized);
        var letters = unnamed.Count(char.IsLetter);
        if (letters < 3)
        {
            return (null, 0f);
        }

        var probabilities = Languages(unnamed);
        var own = LoanWords.Without(unnamed);
        var ownLetters = own.Count(char.IsLetter);
        if (!ReferenceEquals(own, unnamed) && ownLetters >= 3)
        {
            // Where English reads best, the product words are English evidence unless the rest says more ("refund timing").
            var english = UtteranceSet.Languages[Array.IndexOf(probabilities, probabilities.Max())] == "en";
            if (!english || ownLetters > ShortText)
            {
                probabilities = Languages(own);
                letters = ownLetters;
            }
        }

        var top = Array.IndexOf(probabilities, probabilities.Max());
        var before = Enumerable.Range(0, UtteranceSet.Languages.Count).FirstOrDefault(i => UtteranceSet.Languages[i] == earlier, -1);
        if (before >= 0 && letters <= ShortText && probabilities[before] >= StillPlausible)
        {
            return (earlier, probabilities[before]);
        }

        if (probabilities[top] >= ClearLanguage)
        {
            return (UtteranceSet.Languages[top], probabilities[top]);
        }

        // Spanish and Portuguese share most words of a short request ("cancelar pedido", "reembolso total?"): when the
        // model is sure the text is one of the two but not which, one of them serves its reader better than the
        // activity's locale. A letter only one of them writes (ñ ¿ ¡; ã õ ç â ê ô) decides, as a script would; without
        // one, Spanish: Portuguese marks itself more often (ã, ç, "não", the articles "o", "do", "da"), so a text torn
        // between the two and without any of that is more often Spanish.
        if ((top == Spanish || top == Portuguese) && probabilities[Spanish] + probabilities[Portuguese] >= ClearLanguage)
        {
            var iberian = script.PortugueseOnly > 0 && script.SpanishOnly == 0 ? Portuguese : Spanish;
            return (UtteranceSet.Languages[iberian], probabilities[iberian]);
        }

        // Vietnamese writes letters no other site language has ("bạn", "được", "đơn"); when the model cannot tell a short,
        // loan-word-heavy text ("oke thanks bạn nha"), one of them decides, as a script of its own would.
        return script.Vietnamese > 0 ? ("vi", probabilities[Vietnamese]) : (null, probabilities[top]);
    }

    private float[] Languages(string unnamed)
    {
        var probabilities = new float[UtteranceSet.Languages.Count];
        _languages.Predict(TextFeatures.Language(unnamed, _languages.Bits), probabilities);
        return probabilities;
    }

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
}
