namespace PartnerHelp.Core.Memberships;

/// <summary>Why a partner cancels an order (chosen from a list; free text may add detail).</summary>
public enum CancellationReason
{
    /// <summary>The membership is no longer needed.</summary>
    NoLongerNeeded = 0,

    /// <summary>It was bought by mistake.</summary>
    PurchasedByMistake = 1,

    /// <summary>A different offer was intended.</summary>
    WrongOffer = 2,

    /// <summary>The price does not fit.</summary>
    TooExpensive = 3,

    /// <summary>Another reason, explained in the free text.</summary>
    Other = 4,
}
