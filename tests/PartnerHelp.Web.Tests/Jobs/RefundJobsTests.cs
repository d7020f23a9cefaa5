using Microsoft.EntityFrameworkCore;
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
    public async Task SeededCt1008_StaysProcessingAsTheDemoShowsIt_WhileNobodyHasActedOnIt()
    {
        await using var factory = JobsSite.Create(s => s["Jobs:SweepInterval"] = "00:00:00.500");
        using var partner = await JobsSite.SignedInAsync(factory, "admin@contoso.example");
        await JobsSite.CancelAsync(factory, "CT-1001");
        await JobsSite.WaitForRefundAsync(partner, "CT-1001", "Refunded");

        await JobsSite.WaitForRefundAsync(partner, "CT-1008", "Processing");

        Assert.Equal(0, await JobsSite.PayoutsAsync(factory, "RF-CT-1008"));
    }

    [Fact]
    public async Task Sweep_PaysAProcessingRefundOnce_WhenItHasNoJobAndIsNoLongerUntouchedDemoData()
    {
        await using var factory = JobsSite.Create(s => s["Jobs:SweepInterval"] = "00:00:00.500");
        using var partner = await JobsSite.SignedInAsync(factory, "admin@contoso.example");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PartnerHelp.Infrastructure.Persistence.PartnerHelpDbContext>();
            await db.DemoItems.Where(i => i.ItemId == "CT-1008").ExecuteDeleteAsync();
        }

        await JobsSite.WaitForRefundAsync(partner, "CT-1008", "Refunded");

        Assert.Equal(1, await JobsSite.PayoutsAsync(factory, "RF-CT-1008"));
    }

    [Fact]
    public async Task CancelCt1001_RetriesAndPaysOnce_WhenProcessorFailsTransientlyThenLosesAResponse()
    {
        await using var factory = JobsSite.Create(s => s["Jobs:PaymentTimeout"] = "00:00:01");
        using var partner = await JobsSite.SignedInAsync(factory, "admin@contoso.example");
        factory.Services.GetRequiredService<PaymentFaultPlan>().Enqueue(PaymentFault.Transient, PaymentFault.LostResponse);

        await JobsSite.CancelAsync(factory, "CT-1001");

        await JobsSite.WaitForRefundAsync(partner, "CT-1001", "Refunded");
        Assert.Equal(1, await JobsSite.PayoutsAsync(factory, "RF-CT-1001"));
    }

    [Theory]
    [InlineData("sv", "Din återbetalning för order CT-1001 är klar", "Vi har betalat tillbaka")]
    [InlineData("vi", "Khoản hoàn tiền cho đơn hàng CT-1001 đã hoàn tất", "Chúng tôi đã hoàn")]
    public async Task RefundCompletedMail_IsWrittenInTheCancellersLanguage_WhenRefundSettles(string culture, string subject, string body)
    {
        await using var factory = JobsSite.Create();
        using var partner = await JobsSite.SignedInAsync(factory, "admin@contoso.example");
        var previous = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo(culture);
        try
        {
            await JobsSite.CancelAsync(factory, "CT-1001");
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = previous;
        }

        await JobsSite.WaitForRefundAsync(partner, "CT-1001", "Refunded");

        var mail = await File.ReadAllTextAsync(Path.Combine(factory.DataFolder, "mail-pickup", "RefundCompleted-RF-CT-1001.eml"));
        var encoded = System.Text.RegularExpressions.Regex.Match(mail, @"Subject: =\?utf-8\?B\?([^?]+)\?=").Groups[1].Value;
        Assert.Equal(subject, System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(encoded)));
        Assert.Contains(body, mail, StringComparison.Ordinal);
        Assert.Contains("To: admin@contoso.example", mail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TransientFailure_ListsJobAsRetryingWithItsException_UntilTheRetryRuns()
    {
        await using var factory = JobsSite.Create(s =>
        {
            // Long enough for the dashboard reads below to come before the retry on a slow machine.
            s["Jobs:RetryInitialDelay"] = "00:00:10";
            s["Jobs:RetryMaxDelay"] = "00:00:20";
            s["Jobs:RetryJitter"] = "0";
        });
        using var partner = await JobsSite.SignedInAsync(factory, "admin@contoso.example");
        using var ops = await DashboardClient.SignInAsync(factory);
        factory.Services.GetRequiredService<PaymentFaultPlan>().Enqueue(PaymentFault.Transient);

        await JobsSite.CancelAsync(factory, "CT-1001");
        await JobsSite.WaitForAsync(factory, db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.JobAttempts, a => a.JobName == "RF-CT-1001" && a.RetryScheduled), "the failed first attempt");
        var jobId = (await DashboardClient.JobIdsAsync(factory, "RF-CT-1001"))[0];
        await JobsSite.WaitForAsync(factory, async _ => (await ops.PageAsync("/admin/jobs/retries")).Contains("Pay refund RF-CT-1001", StringComparison.Ordinal), "the retries list");

        var detail = await ops.TextAsync($"/admin/jobs/jobs/details/{jobId}");
        Assert.Contains("PartnerHelp.Core.Refunds.Payments.PaymentTransientException", detail, StringComparison.Ordinal);
        Assert.Contains("at PartnerHelp.Jobs.Payments.PaymentProcessorSimulator.PayAsync", detail, StringComparison.Ordinal);
        Assert.Contains("Retry attempt 1 of 10", detail, StringComparison.Ordinal);
        var refundPage = await ops.PageAsync("/admin/jobs/refunds/RF-CT-1001");
        Assert.Contains("retry scheduled", refundPage, StringComparison.Ordinal);
        await JobsSite.WaitForRefundAsync(partner, "CT-1001", "Refunded", TimeSpan.FromSeconds(60));
        Assert.Equal(1, await JobsSite.PayoutsAsync(factory, "RF-CT-1001"));
    }
}
