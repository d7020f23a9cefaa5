namespace PartnerHelp.Jobs.Engine;

/// <summary>
/// Thrown by a refund job whose refund it has just marked Failed for an operator (declined by the processor, or out of
/// retries): the job ends in Hangfire's Failed list with the reason, and is not retried.
/// </summary>
public sealed class RefundParkedException : Exception
{
    /// <summary>A refund parked without a reason given.</summary>
    public RefundParkedException()
    {
    }

    /// <summary>A refund parked with <paramref name="message"/>.</summary>
    public RefundParkedException(string message)
        : base(message)
    {
    }

    /// <summary>A refund parked with <paramref name="message"/> because of <paramref name="innerException"/>.</summary>
    public RefundParkedException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
