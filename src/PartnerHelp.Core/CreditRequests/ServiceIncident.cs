namespace PartnerHelp.Core.CreditRequests;

/// <summary>An incident a credit request can refer to.</summary>
public sealed class ServiceIncident
{
    private ServiceIncident()
    {
        Id = PartnerId = CustomerName = Title = string.Empty;
    }

    /// <summary>Creates an incident.</summary>
    public ServiceIncident(string id, string partnerId, string customerName, DateOnly occurredOn, string title)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
        PartnerId = partnerId;
        CustomerName = customerName;
        OccurredOn = occurredOn;
        Title = title;
    }

    /// <summary>Incident number.</summary>
    public string Id { get; private set; }

    /// <summary>The partner whose customer was affected.</summary>
    public string PartnerId { get; private set; }

    /// <summary>The affected customer.</summary>
    public string CustomerName { get; private set; }

    /// <summary>The day it happened (UTC).</summary>
    public DateOnly OccurredOn { get; private set; }

    /// <summary>The incident's title as recorded by the service.</summary>
    public string Title { get; private set; }

    /// <summary>Moves a demo incident to <paramref name="day"/>.</summary>
    public void MoveTo(DateOnly day) => OccurredOn = day;
}
