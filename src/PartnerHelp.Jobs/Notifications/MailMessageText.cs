namespace PartnerHelp.Jobs.Notifications;

/// <summary>The subject and plain-text body of an e-mail, already in the recipient's language.</summary>
public sealed record MailMessageText(string Subject, string Body);
