namespace PartnerHelp.Infrastructure.Tickets;

/// <summary>What a partner asks for when opening a ticket.</summary>
public sealed record TicketRequest(string? OrderId, string Subject, string Description, string Culture);
