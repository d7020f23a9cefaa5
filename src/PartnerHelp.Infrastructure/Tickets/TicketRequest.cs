namespace PartnerHelp.Infrastructure.Tickets;

/// <summary>What a partner asks for when opening a ticket; <paramref name="SubmissionKey"/> identifies the form submission, so a repeat opens nothing new.</summary>
public sealed record TicketRequest(string? OrderId, string Subject, string Description, string Culture, string? SubmissionKey = null);
