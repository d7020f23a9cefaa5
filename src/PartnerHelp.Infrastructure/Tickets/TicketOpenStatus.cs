namespace PartnerHelp.Infrastructure.Tickets;

/// <summary>How opening a ticket ended.</summary>
public enum TicketOpenStatus
{
    /// <summary>The ticket was written.</summary>
    Opened = 0,

    /// <summary>The order is not one of the requester's partner (or does not exist): nothing was written.</summary>
    OrderNotFound = 1,

    /// <summary>Missing or overlong text, or a requester without a partner: nothing was written.</summary>
    InvalidInput = 2,

    /// <summary>The same submission already opened a ticket (a double submit or replay): that ticket is returned, nothing new is written.</summary>
    AlreadyOpened = 3,
}
