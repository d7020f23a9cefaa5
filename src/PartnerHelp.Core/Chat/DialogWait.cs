namespace PartnerHelp.Core.Chat;

/// <summary>What the bot is waiting for after its last answer.</summary>
public enum DialogWait
{
    /// <summary>Nothing: the next message is a new question or a follow-up.</summary>
    Nothing = 0,

    /// <summary>It asked which order or resource the user means.</summary>
    Resource = 1,

    /// <summary>It asked which of two readings the user means.</summary>
    Clarify = 2,
}
