using PartnerHelp.Infrastructure.Memberships;
using PartnerHelp.Jobs.Payments;
using Microsoft.Extensions.DependencyInjection;

namespace PartnerHelp.Web.Tests.Jobs;

public sealed class RefundJobsTests
{
    [Fact]
    public async Task CancelCt1001_ReachesRefundedWithOnePayout_WhenJobsRunOnTheRealSite()
    {
        await using var factory = JobsSite.Create();
        using var partner = await JobsSite.SignedInAsync(factory, "admin@contoso.example");

        var result = await JobsSite.CancelAsync(factory, "CT-1001");
        Assert.Equal(CancellationStatus.Cancelled, result.Status);

        var refund = await JobsSite.WaitForRefundAsync(partner, "CT-1001", "Refunded");
        Assert.Equal(1765.00m, refund.GetProperty("amount").GetDecimal());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, refund.GetProperty("completedAt").ValueKind);
        Assert.Equal(1, await JobsSite.PayoutsAsync(factory, "RF-CT-1001"));
    }

    [Fact]
    public async Task SeededCt1008_IsPaidOnce_WhenItsRefundWasProcessingWithoutAJob()
    {
        await using var factory = JobsSite.Create();
        using var partner = await JobsSite.SignedInAsync(factory, "admin@contoso.example");

        await JobsSite.WaitForRefundAsync(partner, "CT-1008", "Refunded");

        Assert.Equal(1, await JobsSite.PayoutsAsync(factory, "RF-CT-1008"));
    }

    [Fact]
    public async Task CancelCt1001_RetriesAndPaysOnce_WhenProcessorFailsTransientlyThenLosesAResponse()
    {
        await using var factory = JobsSite.Create(s => s["Jobs:PaymentTimeout"] = "00:00:01");
        using var partner = await JobsSite.SignedInAsync(factory, "admin@contoso.example");
        await JobsSite.WaitForRefundAsync(partner, "CT-1008", "Refunded");
        factory.Services.GetRequiredService<PaymentFaultPlan>().Enqueue(PaymentFault.Transient, PaymentFault.LostResponse);

        await JobsSite.CancelAsync(factory, "CT-1001");

        await JobsSite.WaitForRefundAsync(partner, "CT-1001", "Refunded");
        Assert.Equal(1, await JobsSite.PayoutsAsync(factory, "RF-CT-1001"));
    }
}
