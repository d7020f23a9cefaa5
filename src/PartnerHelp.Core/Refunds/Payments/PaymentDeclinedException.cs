namespace PartnerHelp.Core.Refunds.Payments;

/// <summary>The processor refused the payout for good; retrying the same request cannot help.</summary>
public sealed class PaymentDeclinedException : Exception
{
    /// <summary>Creates the exception with the processor's decline code.</summary>
    public PaymentDeclinedException(string declineCode, string message) : base(message)
    {
        DeclineCode = declineCode;
    }

    /// <summary>The processor's decline code, e.g. <c>instrument_closed</c>.</summary>
    public string DeclineCode { get; }
}
