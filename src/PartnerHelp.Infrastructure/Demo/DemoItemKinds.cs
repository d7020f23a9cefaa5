namespace PartnerHelp.Infrastructure.Demo;

/// <summary>The kinds of <see cref="DemoItem"/>: the names of the entity types the seeder keeps at their ages.</summary>
public static class DemoItemKinds
{
    /// <summary>A membership order (version: <c>membership_orders.Version</c>).</summary>
    public const string MembershipOrder = nameof(MembershipOrder);

    /// <summary>A CSP subscription (version: <c>csp_subscriptions.Version</c>).</summary>
    public const string CspSubscription = nameof(CspSubscription);

    /// <summary>An Azure reservation (version: <c>reservations.Version</c>).</summary>
    public const string Reservation = nameof(Reservation);

    /// <summary>A service incident (no version: nobody acts on one).</summary>
    public const string ServiceIncident = nameof(ServiceIncident);

    /// <summary>A store order (no version: acted on when one of its items is cancelled).</summary>
    public const string StoreOrder = nameof(StoreOrder);
}
