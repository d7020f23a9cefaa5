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

    private static List<PaymentFault?> Draw(int seed)
    {
        var plan = Plan(seed, transient: 0.3, permanent: 0.2);
        return Enumerable.Range(0, 50).Select(_ => plan.Next()).ToList();
    }

    private static PaymentFaultPlan Plan(int seed, double transient, double permanent) =>
        new(Options.Create(new JobsOptions { PaymentSimulator = new PaymentSimulatorOptions { Seed = seed, TransientFailureRate = transient, PermanentFailureRate = permanent } }));
}
