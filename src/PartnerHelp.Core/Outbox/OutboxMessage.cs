namespace PartnerHelp.Core.Outbox;

/// <summary>
/// Work written in the same transaction as the change that caused it, so a crash between the change
/// and scheduling the work cannot lose it. A dispatcher turns rows into background jobs.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>Message type for a refund that needs processing.</summary>
    public const string RefundRequested = "RefundRequested";

    /// <summary>Message type for store items cancelled: a confirmation e-mail follows (subject: the store order id).</summary>
    public const string StoreItemsCancelled = "StoreItemsCancelled";

    private OutboxMessage()
    {
        Type = Subject = Culture = string.Empty;
    }

    /// <summary>Creates an unprocessed message.</summary>
    public OutboxMessage(Guid id, string type, string subject, string culture, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        Id = id;
        Type = type;
        Subject = subject;
        Culture = culture;
        CreatedAt = createdAt.ToUniversalTime();
    }

    /// <summary>Message id.</summary>
    public Guid Id { get; private set; }

    /// <summary>What kind of work this is, e.g. <see cref="RefundRequested"/>.</summary>
    public string Type { get; private set; }

    /// <summary>The id of the thing the work is about (e.g. the refund id).</summary>
    public string Subject { get; private set; }

    /// <summary>The UI culture of the user who caused it, so notifications speak their language.</summary>
    public string Culture { get; private set; }

    /// <summary>When it was written.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the dispatcher handed it on; null while pending.</summary>
    public DateTimeOffset? DispatchedAt { get; private set; }

    /// <summary>Dispatch attempts so far.</summary>
    public int Attempts { get; private set; }

    /// <summary>The last dispatch error.</summary>
    public string? LastError { get; private set; }

    /// <summary>Marks the message as handed on.</summary>
    public void MarkDispatched(DateTimeOffset now)
    {
        Attempts++;
        DispatchedAt = now.ToUniversalTime();
        LastError = null;
    }

    /// <summary>Takes the message out of the queue without handing it on, keeping why (nothing to do could ever appear).</summary>
    public void Abandon(DateTimeOffset now, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        Attempts++;
        DispatchedAt = now.ToUniversalTime();
        LastError = reason.Length > 2000 ? reason[..2000] : reason;
    }

    /// <summary>Records a failed dispatch attempt; the message stays pending.</summary>
    public void RecordFailure(string error)
    {
        Attempts++;
        LastError = error.Length > 2000 ? error[..2000] : error;
    }
}
