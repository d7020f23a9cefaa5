namespace PartnerHelp.Jobs.Operators;

/// <summary>What an operator's retry of a refund came to.</summary>
public enum RefundRetryResult
{
    /// <summary>The failed refund went back to Processing and a payment run was enqueued.</summary>
    Retried,

    /// <summary>The refund was unfinished without a live job: a payment run was enqueued.</summary>
    Resumed,

    /// <summary>The refund already has a job scheduled, enqueued or running: nothing was added.</summary>
    AlreadyRunning,

    /// <summary>The refund is refunded: there is nothing to retry.</summary>
    AlreadyRefunded,

    /// <summary>Another operator or a job changed the refund at the same moment: nothing was done; look again.</summary>
    Changed,

    /// <summary>No such refund.</summary>
    NotFound,
}
