namespace PartnerHelp.Jobs.Refunds;

/// <summary>What one attempt to pay a refund came to.</summary>
public enum PaymentOutcome
{
    /// <summary>The processor accepted the payout (now or on an earlier attempt) and it has not settled: poll for settlement.</summary>
    Paid,

    /// <summary>The processor answered the payout settled: the refund is now Refunded and the partner notified; nothing to poll.</summary>
    Settled,

    /// <summary>Nothing to do: the refund is unknown, already refunded, or failed and waiting for an operator.</summary>
    NothingToDo,

    /// <summary>The processor declined for good: the refund is now Failed with the reason.</summary>
    Declined,
}
