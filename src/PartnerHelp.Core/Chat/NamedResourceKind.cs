namespace PartnerHelp.Core.Chat;

/// <summary>The kinds of resource a help-bot message can name by id.</summary>
public enum NamedResourceKind
{
    /// <summary>A CSP license subscription, e.g. <c>NW-SUB-1001</c>.</summary>
    CspSubscription = 1,

    /// <summary>An Azure reservation by its Reservation ID (a GUID).</summary>
    Reservation = 2,

    /// <summary>A whole store order, e.g. <c>SO-5001</c>.</summary>
    StoreOrder = 3,

    /// <summary>One item of a store order, e.g. <c>SO-5001-1</c>.</summary>
    StoreOrderItem = 4,

    /// <summary>A submitted credit request by its reference, e.g. <c>CR-20261121-ABC234</c>.</summary>
    CreditRequest = 5,

    /// <summary>A membership order, e.g. <c>CT-1002</c>.</summary>
    MembershipOrder = 6,

    /// <summary>A service incident a credit request can be filed for, e.g. <c>INC-7001</c>.</summary>
    Incident = 7,
}
