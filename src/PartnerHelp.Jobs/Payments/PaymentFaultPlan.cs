using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace PartnerHelp.Jobs.Payments;

/// <summary>
/// Decides which payout calls fail. Faults queued with <see cref="Enqueue"/> (tests and demos inject
/// them) come first; otherwise a draw against the configured rates, from a seeded generator when a
/// seed is set, so a run can be repeated exactly.
/// </summary>
public sealed class PaymentFaultPlan
{
    private readonly ConcurrentQueue<PaymentFault> _faults = new();
    private readonly Lock _gate = new();
    private readonly Random _random;
    private readonly PaymentSimulatorOptions _options;

    /// <summary>Creates the plan from <c>Jobs:PaymentSimulator</c>.</summary>
    public PaymentFaultPlan(IOptions<JobsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value.PaymentSimulator;
        _random = _options.Seed is { } seed ? new Random(seed) : new Random();
    }

    /// <summary>Queues faults for the next calls, in order.</summary>
    public void Enqueue(params PaymentFault[] faults)
    {
        foreach (var fault in faults)
        {
            _faults.Enqueue(fault);
        }
    }

    /// <summary>The fault for the next call, or null when it goes through.</summary>
    public PaymentFault? Next()
    {
        if (_faults.TryDequeue(out var queued))
        {
            return queued;
        }

        double draw;
        lock (_gate)
        {
            draw = _random.NextDouble();
        }

        // One draw per call over consecutive bands, so adding a rate never reshuffles the faults of the others.
        var band = _options.PermanentFailureRate;
        if (draw < band)
        {
            return PaymentFault.Declined;
        }

        if (draw < (band += _options.TransientFailureRate))
        {
            return PaymentFault.Transient;
        }

        if (draw < (band += _options.LostResponseRate))
        {
            return PaymentFault.LostResponse;
        }

        return draw < band + _options.SlowResponseRate ? PaymentFault.Slow : null;
    }
}
