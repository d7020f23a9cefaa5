namespace PartnerHelp.Core.Eligibility;

/// <summary>What a failing rule means for the outcome.</summary>
public enum ReasonKind
{
    /// <summary>A refund criterion: failing it makes the item not eligible.</summary>
    Criterion = 0,

    /// <summary>A self-serve condition: failing it means a support ticket is required.</summary>
    Condition = 1,

    /// <summary>The item's state already decides (e.g. cancelled).</summary>
    State = 2,

    /// <summary>About the user, not the item: this user may not act.</summary>
    Authority = 3,
}
