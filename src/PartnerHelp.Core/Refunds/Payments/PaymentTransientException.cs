namespace PartnerHelp.Core.Refunds.Payments;

/// <summary>The processor did not answer in time or was unavailable: retry with the same idempotency key.</summary>
public sealed class PaymentTransientException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PaymentTransientException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public PaymentTransientException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
