using Microsoft.Extensions.Options;
using PartnerHelp.Jobs.Payments;

namespace PartnerHelp.Jobs.Tests.Payments;

public sealed class PaymentFaultPlanTests
{
    [Fact]
    public void Next_RepeatsTheSameFaults_WhenSeeded()
    {
        var first = Draw(seed: 42);
        var second = Draw(seed: 42);

        Assert.Equal(first, second);
        Assert.Contains(PaymentFault.Transient, first);
        Assert.Contains(PaymentFault.Declined, first);
        Assert.Contains(null, first);
    }

    [Fact]
    public void Next_AppliesQueuedFaultsFirst_WhenFaultsAreInjected()
    {
        var plan = Plan(seed: 1, transient: 0, permanent: 0);
        plan.Enqueue(PaymentFault.LostResponse, PaymentFault.Declined);

        Assert.Equal([PaymentFault.LostResponse, PaymentFault.Declined, null], [plan.Next(), plan.Next(), plan.Next()]);
    }

    [Fact]
    public void Next_DrawsLostResponsesAndSlowCalls_WhenTheirRatesAreSet()
    {
        var plan = Plan(seed: 5, transient: 0.3, permanent: 0.05, lost: 0.1, slow: 0.1);

        var draws = Enumerable.Range(0, 400).Select(_ => plan.Next()).ToList();

        Assert.InRange(draws.Count(d => d == PaymentFault.LostResponse), 20, 60);
        Assert.InRange(draws.Count(d => d == PaymentFault.Slow), 20, 60);
        Assert.InRange(draws.Count(d => d == PaymentFault.Transient), 90, 150);
        Assert.InRange(draws.Count(d => d is null), 140, 240);
    }

    [Fact]
    public void Next_KeepsTransientAndDeclinedDraws_WhenTimeoutRatesAreAdded()
    {
        var without = Draw(seed: 42);
        var plan = Plan(seed: 42, transient: 0.3, permanent: 0.2, lost: 0.1, slow: 0.1);
        var with = Enumerable.Range(0, 50).Select(_ => plan.Next()).ToList();

        // A repeatable run stays repeatable: the new faults only take calls that went through before.
        Assert.All(without.Zip(with), pair => Assert.True(pair.First is not null ? pair.First == pair.Second : pair.Second is null or PaymentFault.LostResponse or PaymentFault.Slow));
        Assert.Contains(with, d => d is PaymentFault.LostResponse or PaymentFault.Slow);
    }

    private static List<PaymentFault?> Draw(int seed)
    {
        var plan = Plan(seed, transient: 0.3, permanent: 0.2);
        return Enumerable.Range(0, 50).Select(_ => plan.Next()).ToList();
    }

    private static PaymentFaultPlan Plan(int seed, double transient, double permanent, double lost = 0, double slow = 0) =>
        new(Options.Create(new JobsOptions
        {
            PaymentSimulator = new PaymentSimulatorOptions
            {
                Seed = seed, TransientFailureRate = transient, PermanentFailureRate = permanent, LostResponseRate = lost, SlowResponseRate = slow,
            },
        }));
}
