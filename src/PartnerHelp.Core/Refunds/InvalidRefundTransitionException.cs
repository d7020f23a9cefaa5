namespace PartnerHelp.Core.Refunds;

/// <summary>Thrown when a refund is asked to make a move its state machine does not allow.</summary>
public sealed class InvalidRefundTransitionException : InvalidOperationException
{
    /// <summary>Creates the exception for a refused move.</summary>
    public InvalidRefundTransitionException(string refundId, RefundStatus from, RefundStatus to)
        : base($"Refund {refundId} cannot move from {from} to {to}.")
    {
        From = from;
        To = to;
    }

    /// <summary>The current state.</summary>
    public RefundStatus From { get; }

    /// <summary>The refused target state.</summary>
    public RefundStatus To { get; }
}
