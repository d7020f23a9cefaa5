using PartnerHelp.Core.Tickets;

namespace PartnerHelp.Infrastructure.Tickets;

/// <summary>The outcome of opening a ticket, with the ticket when one was written.</summary>
public sealed record TicketOpenResult(TicketOpenStatus Status, SupportTicket? Ticket = null);
