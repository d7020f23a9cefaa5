namespace PartnerHelp.Core.Chat;

/// <summary>
/// Turns what the recognizer read into what to answer, with the conversation's state: a follow-up continues the
/// last topic and resource, an id answers the bot's "which order?", an id decides the topic its kind belongs to,
/// and two close readings without context become a short clarifying question instead of a guess.
/// </summary>
public static class TurnDecision
{
    /// <summary>Below this confidence, and this close to the runner-up, the bot asks rather than guesses.</summary>
    public const float ClarifyBelow = 0.4f;

    /// <summary>See <see cref="ClarifyBelow"/>.</summary>
    public const float ClarifyMargin = 0.08f;

    /// <summary>Decides the answer to <paramref name="reading"/>; <paramref name="named"/> is the resource the message names (ids confirmed by the caller).</summary>
    public static TurnPlan Decide(ChatReading reading, DialogState state, NamedResource? named)
    {
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(state);
        var topic = reading.Topic;
        var fromContext = false;
        if (state is { Waiting: DialogWait.Clarify, Choices: { } offered })
        {
            topic = reading.Topic == offered.First || reading.Topic == offered.Second ? reading.Topic
                : reading.RunnerUp == offered.First || reading.RunnerUp == offered.Second ? reading.RunnerUp
                : topic;
        }

        if (ContinuesLastTopic(reading, state, topic))
        {
            topic = ChatTopic.FollowUp;
        }

        var vague = topic is ChatTopic.FollowUp or ChatTopic.None or ChatTopic.Help || reading.Confidence < 0.5f;
        if (state is { Waiting: DialogWait.Resource, Topic: { } asked } && named is not null && vague)
        {
            topic = asked;
            fromContext = true;
        }

        if (topic == ChatTopic.FollowUp)
        {
            if (state.Topic is { } previous && IsAnswerTopic(previous))
            {
                topic = reading.Topic == ChatTopic.FollowUp && OwnTopicGoesOn(reading, state, previous) ? reading.RunnerUp : previous;
                fromContext = true;
            }
            else
            {
                // Nothing earlier to go on from: a message that reads as a follow-up ("how does this work?", "cómo
                // funciona esto?") is about the bot itself unless its runner-up is a topic with weight of its own.
                topic = reading.RunnerUp == ChatTopic.FollowUp ? ChatTopic.None
                    : IsAnswerTopic(reading.RunnerUp) && reading.RunnerUpConfidence < 2 * ContextWeight ? ChatTopic.Help
                    : reading.RunnerUp;
            }
        }

        if (topic is ChatTopic.None or ChatTopic.Help && named is not null)
        {
            topic = state.Topic is { } last && IsAnswerTopic(last) ? last : ChatTopic.OrderEligibility;
            fromContext = state.Topic is not null;
        }

        if (named is null && CancelsWhatIsAtHand(reading, state, topic))
        {
            (topic, fromContext) = (state.Topic!.Value, true);
        }

        var resource = named;
        if (resource is null && Remembered(state) is { } remembered && Fits(topic, remembered.Kind) && (fromContext || IsAbout(topic)))
        {
            resource = remembered;
            fromContext = true;
        }

        if (resource is not null)
        {
            topic = Align(topic, resource.Kind);
        }

        var clarify = !fromContext && named is null && state.Waiting != DialogWait.Clarify
            && IsAnswerTopic(reading.Topic) && IsAnswerTopic(reading.RunnerUp)
            && reading.Confidence < ClarifyBelow && reading.Confidence - reading.RunnerUpConfidence < ClarifyMargin;
        return new TurnPlan(topic, resource, clarify, (reading.Topic, reading.RunnerUp), fromContext);
    }

    /// <summary>
    /// In a conversation a short message more often continues the last answer than starts a new subject ("can they do
    /// it for me?" after a reservation answer): the last topic gets the follow-up reading's probability plus
    /// <see cref="ContextWeight"/>, and is continued when that makes it likelier than the message's own reading.
    /// </summary>
    private static bool ContinuesLastTopic(ChatReading reading, DialogState state, ChatTopic topic)
    {
        if (state.Topic is not { } last || !IsAnswerTopic(last) || topic == last || topic == ChatTopic.FollowUp
            || state.Waiting == DialogWait.Clarify || reading.Question.Length > ContextualLength || reading.Scores.Count == 0)
        {
            return false;
        }

        // The follow-up reading says that the message goes on from the last answer, not that it keeps its topic. A
        // message whose own topic goes on from it as well — a question that can be about the resource just discussed
        // ("and how do I open that ticket?" after an order's answer) — gets that share too.
        // A message without an id of its own right after an answer about one subscription, store order or reservation
        // ("if we switch it off now, what happens to the money?") is about that resource more often than a new subject
        // its words alone suggest (criteria, refund status, credit requests cannot be about it): the last topic
        // weighs twice then.
        var goesOn = reading.Score(ChatTopic.FollowUp);
        var own = reading.Score(topic) + (GoesOnToo(topic, state) ? goesOn : 0f);
        var weight = HoldsOwnResource(last, state) && !GoesOnToo(topic, state) ? 2 * ContextWeight : ContextWeight;
        return reading.Score(last) + goesOn + weight > own;
    }

    /// <summary>
    /// A message read first as a follow-up ("and when do we see that money?") whose runner-up can be about the resource
    /// just discussed takes the runner-up when it outweighs the last topic by <see cref="ContextWeight"/>: the mirror of
    /// <see cref="ContinuesLastTopic"/>, where both share the follow-up reading. The runner-up needs twice that weight of
    /// its own as well: when the last topic reads near zero (a follow-up's words rarely name it: "so how do we fix it?"
    /// reads 0.16 refund status beside 0.01 eligibility), a faint runner-up would otherwise take any follow-up.
    /// </summary>
    private static bool OwnTopicGoesOn(ChatReading reading, DialogState state, ChatTopic last) =>
        reading.RunnerUp != last && GoesOnToo(reading.RunnerUp, state)
        && reading.Score(reading.RunnerUp) > Math.Max(reading.Score(last) + ContextWeight, 2 * ContextWeight);

    // Whether the last answer was about a resource of the other refund paths' own kinds (a subscription, a store order,
    // a reservation, an incident), which the membership topics cannot be about.
    private static bool HoldsOwnResource(ChatTopic last, DialogState state) =>
        last is ChatTopic.CspSubscription or ChatTopic.StoreOrder or ChatTopic.Reservation or ChatTopic.CreditRequest
        && Remembered(state) is { } remembered && Fits(last, remembered.Kind);

    // Whether a question on this topic can go on about the resource the last answer was about.
    private static bool GoesOnToo(ChatTopic topic, DialogState state) =>
        Remembered(state) is { } remembered && IsAbout(topic) && Fits(topic, remembered.Kind);

    /// <summary>
    /// "Can I cancel the whole thing?" right after an answer about store orders, CSP subscriptions or reservations goes
    /// on about them (and the resource remembered), though its words are those of cancelling a membership (how to cancel,
    /// one order's eligibility): a short message with no id of its own that does not clearly name a membership (its
    /// reading below <see cref="ClearlyMembership"/>: "how do I cancel my membership?" reads 0.94–1.0, "kann ich die
    /// komplett stornieren?" 0.61).
    /// </summary>
    private static bool CancelsWhatIsAtHand(ChatReading reading, DialogState state, ChatTopic topic) =>
        topic is ChatTopic.MembershipHowToCancel or ChatTopic.OrderEligibility
        && state.Topic is ChatTopic.StoreOrder or ChatTopic.CspSubscription or ChatTopic.Reservation
        && state.Waiting != DialogWait.Clarify
        && reading.Question.Length <= ContextualLength && reading.Score(topic) < ClearlyMembership;

    /// <summary>See <see cref="CancelsWhatIsAtHand"/>.</summary>
    public const float ClearlyMembership = 0.9f;

    /// <summary>What the last topic weighs in a conversation (<see cref="ContinuesLastTopic"/>).</summary>
    public const float ContextWeight = 0.15f;

    /// <summary>Messages up to this long are read in the conversation's context; longer ones stand on their own.</summary>
    public const int ContextualLength = 160;

    /// <summary>The topic an answer about a resource of <paramref name="kind"/> has, given what was asked.</summary>
    public static ChatTopic Align(ChatTopic asked, NamedResourceKind kind) => kind switch
    {
        NamedResourceKind.MembershipOrder => asked is ChatTopic.RefundStatus or ChatTopic.TaxRefund or ChatTopic.SupportTicket ? asked : ChatTopic.OrderEligibility,
        NamedResourceKind.CspSubscription => ChatTopic.CspSubscription,
        NamedResourceKind.StoreOrder or NamedResourceKind.StoreOrderItem => ChatTopic.StoreOrder,
        NamedResourceKind.Reservation => ChatTopic.Reservation,
        // A ticket about an incident ("INC-7001 is still not fixed, where do I open a ticket?") stays a ticket: the
        // incident is what it is about, and no answer of the credit path says how to reach support.
        NamedResourceKind.Incident when asked == ChatTopic.SupportTicket => ChatTopic.SupportTicket,
        _ => ChatTopic.CreditRequest,
    };

    /// <summary>
    /// Whether an answer on <paramref name="topic"/> can be about a resource of <paramref name="kind"/>. The topics of the
    /// other refund paths take only their own kinds; the membership topics take any (an order is aligned to them later).
    /// </summary>
    public static bool CanBeAbout(ChatTopic topic, NamedResourceKind kind) =>
        topic is not (ChatTopic.CspSubscription or ChatTopic.StoreOrder or ChatTopic.Reservation or ChatTopic.CreditRequest) || Fits(topic, kind);

    private static NamedResource? Remembered(DialogState state) =>
        state.ResourceId is { } id && ResourceIds.Find(id) is [{ } only] ? only.Resource : null;

    // Whether a resource of this kind can be what a question on this topic is about.
    private static bool Fits(ChatTopic topic, NamedResourceKind kind) => Align(topic, kind) == topic;

    // Topics whose answers are about one resource when one is at hand.
    private static bool IsAbout(ChatTopic topic) => topic is ChatTopic.OrderEligibility or ChatTopic.RefundStatus or ChatTopic.TaxRefund
        or ChatTopic.SupportTicket or ChatTopic.CspSubscription or ChatTopic.StoreOrder or ChatTopic.Reservation or ChatTopic.CreditRequest;

    private static bool IsAnswerTopic(ChatTopic topic) => topic is not (ChatTopic.None or ChatTopic.Greeting or ChatTopic.Help or ChatTopic.FollowUp);
}
