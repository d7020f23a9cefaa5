using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Core;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Web.Refunds;
using PartnerHelp.Web.Tests.Testing;

namespace PartnerHelp.Web.Tests.Refunds;

/// <summary>The words and timeline for each refund state, as pages and the progress API show them.</summary>
public sealed class RefundProgressTextTests(SharedSite site) : IClassFixture<SharedSite>
{
    private static readonly DateTimeOffset Requested = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Describe_ShowsFailedAsTheLastStepButNotFinal_WhenProcessorRefused()
    {
        var refund = NewRefund();
        refund.StartProcessing(Requested.AddHours(1));
        refund.MarkFailed(Requested.AddHours(2), "card closed");

        var progress = Describe(refund, "sv");

        Assert.Equal(["Requested", "Processing", "Failed"], progress.Steps.Select(s => s.Status.ToString()));
        Assert.All(progress.Steps, s => Assert.True(s.Reached));
        Assert.False(progress.IsFinal);
        Assert.False(progress.Succeeded);
        Assert.Equal("Återbetalningen på 1\u00A0765,00 USD kunde inte slutföras. Vårt team har meddelats och försöker igen; du behöver inte göra något.", progress.Message);
    }

    [Fact]
    public void Describe_ReportsSuccessWithTheSettlementDate_WhenRefunded()
    {
        var refund = NewRefund();
        refund.StartProcessing(Requested.AddHours(1));
        refund.MarkRefunded(Requested.AddDays(3), "SIM-1");

        var progress = Describe(refund, "vi");

        Assert.True(progress.IsFinal);
        Assert.True(progress.Succeeded);
        Assert.Equal("Đã hoàn tiền", progress.StatusText);
        Assert.StartsWith("Thành công: 1.765,00 USD đã được hoàn về Visa •••• 4242 vào", progress.Message, StringComparison.Ordinal);
        Assert.Equal(DateOnly.FromDateTime(Requested.AddDays(3).UtcDateTime).ToString("D", CultureInfo.GetCultureInfo("vi")), progress.Steps[2].AtText);
    }

    [Fact]
    public void Describe_LeavesLaterStepsPending_WhenJustRequested()
    {
        var progress = Describe(NewRefund(), "en");

        Assert.Equal([true, false, false], progress.Steps.Select(s => s.Reached));
        Assert.Null(progress.Steps[1].At);
        Assert.Equal("Monday, November 2, 2026", progress.Steps[0].AtText);
    }

    private static Refund NewRefund() =>
        Refund.Request("RF-CT-1001", "CT-1001", "contoso", new Money(1765m, "USD"), "Visa •••• 4242", Requested);

    private RefundProgress Describe(Refund refund, string culture)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            using var scope = site.Factory.Services.CreateScope();
            return scope.ServiceProvider.GetRequiredService<RefundProgressText>().Describe(refund);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }
}
