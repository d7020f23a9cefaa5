namespace PartnerHelp.Core.Memberships;

/// <summary>Life-cycle of a membership order.</summary>
public enum OrderStatus
{
    /// <summary>The membership is in force.</summary>
    Active = 0,

    /// <summary>The order was cancelled; a refund follows.</summary>
    Cancelled = 1,
}
