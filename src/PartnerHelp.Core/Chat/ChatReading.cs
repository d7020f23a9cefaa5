namespace PartnerHelp.Core.Chat;

/// <summary>What the recognizer read in one message.</summary>
/// <param name="Topic">The most likely topic (may be <see cref="ChatTopic.FollowUp"/>).</param>
/// <param name="Confidence">Its probability.</param>
/// <param name="RunnerUp">The second most likely topic.</param>
/// <param name="RunnerUpConfidence">Its probability.</param>
/// <param name="Language">The site culture the text is written in, or null when the text is too short or mixed to tell.</param>
/// <param name="Resources">Ids named, those in the question first; loose ones ("ct 1002") need confirming.</param>
/// <param name="BareNumbers">Lone numbers ("order 1002") that may name one of the user's resources.</param>
/// <param name="Dates">Dates in the message, those in the question first.</param>
/// <param name="Amounts">Money amounts in the message.</param>
/// <param name="Question">The part of the message the topic was read from (the whole text unless it is long).</param>
/// <param name="Scores">Every topic's probability, indexed by <see cref="ChatTopic"/> (empty when nothing was read).</param>
public sealed record ChatReading(
    ChatTopic Topic,
    float Confidence,
    ChatTopic RunnerUp,
    float RunnerUpConfidence,
    string? Language,
    IReadOnlyList<ResourceMention> Resources,
    IReadOnlyList<string> BareNumbers,
    IReadOnlyList<DateOnly> Dates,
    IReadOnlyList<(decimal Amount, string? Currency)> Amounts,
    string Question,
    IReadOnlyList<float> Scores)
{
    /// <summary>The probability of <paramref name="topic"/> (0 when nothing was read).</summary>
    public float Score(ChatTopic topic) => (int)topic < Scores.Count ? Scores[(int)topic] : 0f;

    /// <summary>An empty message.</summary>
    public static ChatReading Empty { get; } = new(ChatTopic.None, 1f, ChatTopic.None, 0f, null, [], [], [], [], string.Empty, []);
}
