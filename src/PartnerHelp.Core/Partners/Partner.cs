namespace PartnerHelp.Core.Partners;

/// <summary>A partner organisation: the tenant that owns orders, users and tickets.</summary>
public sealed class Partner
{
    /// <summary>Creates a partner.</summary>
    public Partner(string id, string name, string currency, PartnerStatus status, CspRelationship cspRelationship, bool isTaxExempt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(currency);
        Id = id;
        Name = name;
        Currency = currency;
        Status = status;
        CspRelationship = cspRelationship;
        IsTaxExempt = isTaxExempt;
    }

    /// <summary>Stable identifier, e.g. <c>contoso</c>.</summary>
    public string Id { get; private set; }

    /// <summary>Display name of the organisation.</summary>
    public string Name { get; private set; }

    /// <summary>The currency the partner is billed in.</summary>
    public string Currency { get; private set; }

    /// <summary>Account standing.</summary>
    public PartnerStatus Status { get; private set; }

    /// <summary>CSP participation.</summary>
    public CspRelationship CspRelationship { get; private set; }

    /// <summary>Whether the partner is tax-exempt (and may request tax refunds).</summary>
    public bool IsTaxExempt { get; private set; }

    /// <summary>Changes the account standing.</summary>
    public void SetStatus(PartnerStatus status) => Status = status;
}
