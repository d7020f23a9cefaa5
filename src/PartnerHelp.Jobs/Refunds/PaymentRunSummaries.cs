namespace PartnerHelp.Jobs.Refunds;

/// <summary>What a payment run reports, in one place: the job's report and the run record the refund's commit stores say the same.</summary>
public static class PaymentRunSummaries
{
    /// <summary>A run that paid the refund, found it settled and notified the partner.</summary>
    public static string Settled(string refundId) => $"{refundId} paid and settled; partner notified";
}
