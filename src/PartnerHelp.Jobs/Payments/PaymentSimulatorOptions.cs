namespace PartnerHelp.Jobs.Payments;

/// <summary>The <c>Jobs:PaymentSimulator</c> section: how the simulated processor behaves.</summary>
public sealed class PaymentSimulatorOptions
{
    /// <summary>How long a payout call takes (half before the ledger write, half after).</summary>
    public TimeSpan Latency { get; set; } = TimeSpan.FromMilliseconds(300);

    /// <summary>Share of calls that fail transiently (0..1).</summary>
    public double TransientFailureRate { get; set; }

    /// <summary>Share of calls that are declined for good (0..1).</summary>
    public double PermanentFailureRate { get; set; }

    /// <summary>Share of calls whose payout is recorded but whose answer never arrives, so the caller times out (0..1).</summary>
    public double LostResponseRate { get; set; }

    /// <summary>Share of calls that take <see cref="SlowLatency"/> longer than usual (0..1).</summary>
    public double SlowResponseRate { get; set; }

    /// <summary>The extra time of a slow call; longer than <see cref="JobsOptions.PaymentTimeout"/> makes it a timeout.</summary>
    public TimeSpan SlowLatency { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long after acceptance a payout settles.</summary>
    public TimeSpan SettlementDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Seed of the failure draws, for repeatable runs; random when unset.</summary>
    public int? Seed { get; set; }
}
