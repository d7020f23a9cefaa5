namespace PartnerHelp.Infrastructure.Jobs;

/// <summary>Values of <see cref="JobAlert.Kind"/>.</summary>
public static class JobAlertKinds
{
    /// <summary>The refund is marked refunded but the processor has no settled payout for it.</summary>
    public const string RefundedWithoutPayout = "RefundedWithoutPayout";

    /// <summary>The processor paid an amount different from the refund.</summary>
    public const string AmountMismatch = "AmountMismatch";

    /// <summary>The processor paid, but the refund is marked failed.</summary>
    public const string FailedButPaid = "FailedButPaid";

    /// <summary>The payout settled, but the refund still shows processing.</summary>
    public const string SettledNotRecorded = "SettledNotRecorded";

    /// <summary>The refund failed for good (declined, or out of retries) and waits for an operator.</summary>
    public const string RefundFailed = "RefundFailed";

    /// <summary>The refund is older than the warning age and not yet refunded.</summary>
    public const string NearPromise = "NearPromise";

    /// <summary>The refund is older than the 30-day promise and not yet refunded.</summary>
    public const string PastPromise = "PastPromise";
}
