namespace PartnerHelp.Core.Chat;

/// <summary>
/// What a help-bot answer is about: one topic per refund path of SPEC 2–2.5, plus conversation. The names
/// are the topics of the bot's evaluation contract and appear as such in <c>channelData</c>.
/// </summary>
public enum ChatTopic
{
    /// <summary>Nothing recognised: the bot offers its topics.</summary>
    None = 0,

    /// <summary>Hello, thanks, goodbye.</summary>
    Greeting = 1,

    /// <summary>What the bot can do.</summary>
    Help = 2,

    /// <summary>Which membership orders can be refunded, in general.</summary>
    MembershipCriteria = 3,

    /// <summary>How to cancel a membership order yourself, in general.</summary>
    MembershipHowToCancel = 4,

    /// <summary>One membership order: can it be cancelled, why not, how to fix it, who can.</summary>
    OrderEligibility = 5,

    /// <summary>Where a refund is, or when the money arrives.</summary>
    RefundStatus = 6,

    /// <summary>CSP license subscriptions: full refund within 30 days, prorated credit in months 2–12.</summary>
    CspSubscription = 7,

    /// <summary>Credit requests and their deadline.</summary>
    CreditRequest = 8,

    /// <summary>Azure reservations of CSP customers: exchange, return, scope.</summary>
    Reservation = 9,

    /// <summary>Store orders and pre-orders.</summary>
    StoreOrder = 10,

    /// <summary>Tax refunds for tax-exempt partners.</summary>
    TaxRefund = 11,

    /// <summary>Support tickets (wire transfers, suspended accounts).</summary>
    SupportTicket = 12,

    /// <summary>
    /// Not an answer topic: a message that only makes sense after the previous one ("how do I fix that?",
    /// "who can do it then?"). The dialog continues the conversation's topic with it.
    /// </summary>
    FollowUp = 13,
}
