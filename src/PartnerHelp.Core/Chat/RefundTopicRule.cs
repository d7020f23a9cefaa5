namespace PartnerHelp.Core.Chat;

/// <summary>
/// For a message about one membership order, whether the order's own state (a refund under way or not) picks between
/// its eligibility and its refund status (docs/bot.md): the refund-topic rule <see cref="TurnDecision"/>'s callers apply
/// after the plan is made.
/// </summary>
public static class RefundTopicRule
{
    /// <summary>
    /// Whether the order itself decides between "can it be cancelled / refunded" and "where is its refund" for a message
    /// about one membership order (one with a refund under way is asked about that refund, any other about whether it
    /// can be cancelled and refunded). It does for every refund question about an order: an order without a refund has
    /// no refund to report, and "can I cancel CT-1001 and get my money back?" needs its eligibility, not "no refund".
    /// It does for an eligibility question when the message is torn: the two readings are the top two and close, or the
    /// weaker still has <see cref="TornFloor"/> ("is the refund of CT-1008 released?" mixes both).
    /// </summary>
    /// <param name="reading">What the recognizer read.</param>
    /// <param name="plan">What <see cref="TurnDecision.Decide"/> planned.</param>
    /// <param name="state">
    /// The conversation before the message. Right after the order's eligibility was answered, a refund question about it
    /// ("and the refund?") asks about the refund itself: it is not turned back into the eligibility just given.
    /// </param>
    public static bool OrderDecides(ChatReading reading, TurnPlan plan, DialogState? state = null)
    {
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Resource is not { Kind: NamedResourceKind.MembershipOrder } || plan.Topic is not (ChatTopic.OrderEligibility or ChatTopic.RefundStatus)
            || (plan.Topic == ChatTopic.RefundStatus && state is { Topic: ChatTopic.OrderEligibility } && state.ResourceId == plan.Resource.Id))
        {
            return false;
        }

        if (plan.Topic == ChatTopic.RefundStatus)
        {
            return true;
        }

        var topTwo = (reading.Topic, reading.RunnerUp) is (ChatTopic.OrderEligibility, ChatTopic.RefundStatus) or (ChatTopic.RefundStatus, ChatTopic.OrderEligibility);
        return (topTwo && reading.Confidence - reading.RunnerUpConfidence < TornMargin)
            || (reading.Topic is ChatTopic.OrderEligibility or ChatTopic.RefundStatus
                && Math.Min(reading.Score(ChatTopic.OrderEligibility), reading.Score(ChatTopic.RefundStatus)) >= TornFloor);
    }

    /// <summary>
    /// Whether a message read as a refund question asks only that: the eligibility reading is neither close nor at
    /// <see cref="TornFloor"/> ("where is my refund for CT-1003?", not "can I cancel CT-1001 and get my money back?"). For an
    /// order without a refund such a question is answered as asked — "it has not been cancelled, so there is no refund" —
    /// with the order's eligibility after it, instead of with the eligibility alone (docs/bot.md, round 10).
    /// </summary>
    /// <param name="reading">What the recognizer read.</param>
    public static bool AsksOnlyForTheRefund(ChatReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        var eligibility = reading.Score(ChatTopic.OrderEligibility);
        return reading.Topic == ChatTopic.RefundStatus && eligibility < TornFloor && reading.Confidence - eligibility >= TornMargin;
    }

    /// <summary>How close the two readings must be for <see cref="OrderDecides"/>.</summary>
    public const float TornMargin = 0.35f;

    /// <summary>What the weaker of the two readings must have for <see cref="OrderDecides"/> whatever the margin.</summary>
    public const float TornFloor = 0.12f;
}
