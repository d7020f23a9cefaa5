namespace PartnerHelp.Core.Chat;

/// <summary>Language-independent ideas that the vocabulary maps words to; intents are rules over them.</summary>
internal enum ChatConcept
{
    /// <summary>Function words: only used to guess the language, never consumed.</summary>
    Stop,

    /// <summary>Phrases consumed so their words mean nothing else ("credit card" is not a credit request).</summary>
    Ignore,
    Cancel,
    Why,
    Disabled,
    Button,
    How,
    Refund,
    Status,
    Criteria,
    Tax,
    Wire,
    Ticket,
    Credit,
    Deadline,
    Reservation,
    Exchange,
    Return,
    Greeting,
    Help,
    Order,
}
