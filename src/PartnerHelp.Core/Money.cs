namespace PartnerHelp.Core;

/// <summary>An amount in one ISO 4217 currency. Amounts are never converted between currencies.</summary>
public readonly record struct Money(decimal Amount, string Currency)
{
    /// <summary>Adds two amounts of the same currency.</summary>
    public static Money operator +(Money left, Money right)
    {
        if (!string.Equals(left.Currency, right.Currency, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Cannot add {left.Currency} to {right.Currency}.");
        }

        return new Money(left.Amount + right.Amount, left.Currency);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Amount:0.00} {Currency}";
}
