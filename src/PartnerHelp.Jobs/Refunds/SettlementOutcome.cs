namespace PartnerHelp.Jobs.Refunds;

/// <summary>What one status check of a refund found.</summary>
public enum SettlementOutcome
{
    /// <summary>The payout has not settled yet: check again later.</summary>
    Pending,

    /// <summary>The payout settled and the refund is now Refunded (the partner was notified).</summary>
    Settled,

    /// <summary>Polling is over: the refund is refunded, failed or gone.</summary>
    Stop,
}
