using PartnerHelp.Core.Reservations;
using PartnerHelp.Web.Localization;
using PartnerHelp.Web.Validation;

namespace PartnerHelp.Web.Pages.Reservations;

/// <summary>The scope form; messages from ReservationsResource.</summary>
[ValidationResource(typeof(ReservationsResource))]
public sealed class ScopeInput
{
    /// <summary><see cref="ReservationScope"/> by name.</summary>
    [EnumName(typeof(ReservationScope), ErrorMessage = "Scope_Validation_Scope")]
    public string? Scope { get; set; }

    /// <summary>The linked subscription, for a single-subscription scope.</summary>
    [ScopeSubscription(ErrorMessage = "Scope_Validation_Subscription")]
    public string? SubscriptionId { get; set; }
}
