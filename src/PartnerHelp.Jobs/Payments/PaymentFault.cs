namespace PartnerHelp.Jobs.Payments;

/// <summary>A fault the simulator applies to one payout call, ahead of its random draws.</summary>
public enum PaymentFault
{
    /// <summary>The processor is unavailable; nothing is recorded.</summary>
    Transient,

    /// <summary>The processor declines the payout for good; nothing is recorded.</summary>
    Declined,

    /// <summary>The payout is recorded, then the answer never arrives (the caller times out).</summary>
    LostResponse,

    /// <summary>The call takes <see cref="PaymentSimulatorOptions.SlowLatency"/> longer than usual, half before the ledger write and half after.</summary>
    Slow,
}
