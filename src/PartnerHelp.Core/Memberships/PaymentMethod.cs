namespace PartnerHelp.Core.Memberships;

/// <summary>How an order was paid.</summary>
public enum PaymentMethod
{
    /// <summary>Credit card: the only method that supports self-serve cancellation.</summary>
    CreditCard = 0,

    /// <summary>Wire transfer: refunds need a support ticket.</summary>
    WireTransfer = 1,
}
