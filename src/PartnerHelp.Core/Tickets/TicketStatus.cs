namespace PartnerHelp.Core.Tickets;

/// <summary>Where a support ticket stands.</summary>
public enum TicketStatus
{
    /// <summary>Opened by the partner; nobody has picked it up yet.</summary>
    Open = 0,

    /// <summary>Support is working on it.</summary>
    InProgress = 1,

    /// <summary>Support has finished with it.</summary>
    Resolved = 2,
}
