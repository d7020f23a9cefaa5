namespace PartnerHelp.Core.Chat;

/// <summary>What a help-bot message asks for.</summary>
public enum ChatIntent
{
    /// <summary>Nothing recognised: the bot offers its topics.</summary>
    None = 0,

    /// <summary>A greeting.</summary>
    Greeting = 1,

    /// <summary>What can the bot do.</summary>
    Help = 2,

    /// <summary>Why the Cancel button of an order is disabled.</summary>
    WhyCancelDisabled = 3,

    /// <summary>How to cancel an order.</summary>
    HowToCancel = 4,

    /// <summary>Where a refund is, or when it arrives.</summary>
    RefundStatus = 5,

    /// <summary>Which orders can be refunded.</summary>
    RefundCriteria = 6,

    /// <summary>Tax refunds for tax-exempt partners.</summary>
    TaxRefund = 7,

    /// <summary>Orders paid by wire transfer, and support tickets.</summary>
    WireTransfer = 8,

    /// <summary>The deadline of a credit request.</summary>
    CreditRequestDeadline = 9,

    /// <summary>Exchanging or returning an Azure reservation.</summary>
    ReservationExchange = 10,
}
