namespace PartnerHelp.Core.Reservations;

/// <summary>A CSP partner's customer.</summary>
public sealed class CspCustomer
{
    private CspCustomer()
    {
        Id = PartnerId = Name = Domain = string.Empty;
    }

    /// <summary>Creates a customer.</summary>
    public CspCustomer(string id, string partnerId, string name, string domain, CustomerSubscriptionType subscriptionType)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(partnerId);
        Id = id;
        PartnerId = partnerId;
        Name = name;
        Domain = domain;
        SubscriptionType = subscriptionType;
    }

    /// <summary>Customer (tenant) id.</summary>
    public string Id { get; private set; }

    /// <summary>The CSP partner.</summary>
    public string PartnerId { get; private set; }

    /// <summary>Customer name.</summary>
    public string Name { get; private set; }

    /// <summary>Primary domain.</summary>
    public string Domain { get; private set; }

    /// <summary>How the customer buys Azure.</summary>
    public CustomerSubscriptionType SubscriptionType { get; private set; }

    /// <summary>Whether its reservations are managed through CSP here.</summary>
    public bool IsCsp => SubscriptionType == CustomerSubscriptionType.AzurePlan;
}
