namespace PartnerHelp.Core.Billing;

/// <summary>A credit on the partner's next invoice and reconciliation file.</summary>
public sealed class InvoiceCreditLine
{
    private InvoiceCreditLine()
    {
        PartnerId = SourceId = Currency = InvoicePeriod = string.Empty;
    }

    /// <summary>Creates a credit line for the invoice after <paramref name="createdAt"/>.</summary>
    public InvoiceCreditLine(Guid id, string partnerId, CreditLineSource source, string sourceId, Money amount, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(partnerId);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);
        ArgumentOutOfRangeException.ThrowIfNegative(amount.Amount);
        Id = id;
        PartnerId = partnerId;
        Source = source;
        SourceId = sourceId;
        Amount = amount.Amount;
        Currency = amount.Currency;
        CreatedAt = createdAt.ToUniversalTime();
        InvoicePeriod = NextInvoicePeriod(createdAt);
    }

    /// <summary>Line id.</summary>
    public Guid Id { get; private set; }

    /// <summary>The partner credited.</summary>
    public string PartnerId { get; private set; }

    /// <summary>Why.</summary>
    public CreditLineSource Source { get; private set; }

    /// <summary>The subscription (or other item) credited.</summary>
    public string SourceId { get; private set; }

    /// <summary>Credit amount.</summary>
    public decimal Amount { get; private set; }

    /// <summary>Currency.</summary>
    public string Currency { get; private set; }

    /// <summary>When the credit was granted.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The invoice it appears on, as <c>yyyy-MM</c>: the month after it was granted.</summary>
    public string InvoicePeriod { get; private set; }

    /// <summary>The invoice period (yyyy-MM, UTC) following <paramref name="at"/>.</summary>
    public static string NextInvoicePeriod(DateTimeOffset at)
    {
        var next = DateOnly.FromDateTime(at.UtcDateTime).AddMonths(1);
        return next.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
    }
}
