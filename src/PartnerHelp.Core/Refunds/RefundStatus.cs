namespace PartnerHelp.Core.Refunds;

/// <summary>States of a refund. Allowed moves are enforced by <see cref="Refund"/>.</summary>
public enum RefundStatus
{
    /// <summary>Written together with the cancellation; not yet sent to the processor.</summary>
    Requested = 0,

    /// <summary>Sent to the payment processor; waiting for it to settle.</summary>
    Processing = 1,

    /// <summary>The money is back on the original payment instrument.</summary>
    Refunded = 2,

    /// <summary>The processor refused it permanently; an operator decides what happens next.</summary>
    Failed = 3,
}
