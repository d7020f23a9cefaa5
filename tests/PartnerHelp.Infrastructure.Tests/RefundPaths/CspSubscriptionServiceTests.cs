using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Core.Billing;
using PartnerHelp.Core.Eligibility;
using PartnerHelp.Core.Subscriptions;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Infrastructure.RefundPaths;

namespace PartnerHelp.Infrastructure.Tests.RefundPaths;

public sealed class CspSubscriptionServiceTests : RefundPathsFixture
{
    [Fact]
    public async Task EndAsync_RefundsEverythingOnTheNextInvoice_WhenCancelledWithin30Days()
    {
        var result = await Use<CspSubscriptionService, PathActionResult>(s => s.EndAsync("NW-SUB-1001", suspend: false, Agent));

        Assert.Equal(PathActionStatus.Done, result.Status);
        Assert.Equal(66000.00m, result.Amount!.Value.Amount);
        var line = Assert.Single(await Use<CspSubscriptionService, IReadOnlyList<InvoiceCreditLine>>(s => s.CreditLinesAsync(Agent)));
        Assert.Equal((CreditLineSource.SubscriptionCancelled, "NW-SUB-1001", 66000.00m, "SEK"), (line.Source, line.SourceId, line.Amount, line.Currency));
        Assert.Equal(InvoiceCreditLine.NextInvoicePeriod(Services.Clock.GetUtcNow()), line.InvoicePeriod);
    }

    [Fact]
    public async Task EndAsync_CreditsTheUnusedPart_WhenSuspendedInMonth4()
    {
        var result = await Use<CspSubscriptionService, PathActionResult>(s => s.EndAsync("NW-SUB-1002", suspend: true, Agent));

        var subscription = await Services.InScopeAsync(sp => sp.GetRequiredService<PartnerHelpDbContext>().CspSubscriptions.AsNoTracking().SingleAsync(x => x.Id == "NW-SUB-1002"));
        var expected = ProratedCredit.For(subscription.Price, subscription.TermStart, subscription.TermEnd, DateOnly.FromDateTime(Services.Clock.GetUtcNow().UtcDateTime));
        Assert.Equal(PathActionStatus.Done, result.Status);
        Assert.Equal(expected, result.Amount);
        Assert.Equal(SubscriptionStatus.Suspended, subscription.Status);
        Assert.Equal(expected.Amount, subscription.CreditAmount);
    }

    [Theory]
    [InlineData("NW-SUB-1002", false, ReasonCode.SubscriptionCancelWindowExpired)]
    [InlineData("NW-SUB-1001", true, null)]
    public async Task EndAsync_ChangesNothing_WhenTheOtherActionIsTheRightOne(string id, bool suspend, ReasonCode? reason)
    {
        var result = await Use<CspSubscriptionService, PathActionResult>(s => s.EndAsync(id, suspend, Agent));

        Assert.Equal(PathActionStatus.NotAllowed, result.Status);
        if (reason is { } code)
        {
            Assert.True(result.Eligibility!.Has(code));
        }

        Assert.Empty(await Use<CspSubscriptionService, IReadOnlyList<InvoiceCreditLine>>(s => s.CreditLinesAsync(Agent)));
    }

    [Fact]
    public async Task EndAsync_CreditsOnce_WhenSubmittedTwice()
    {
        await Use<CspSubscriptionService, PathActionResult>(s => s.EndAsync("NW-SUB-1001", false, Agent));

        var second = await Use<CspSubscriptionService, PathActionResult>(s => s.EndAsync("NW-SUB-1001", false, Agent));

        Assert.Equal(PathActionStatus.Conflict, second.Status);
        Assert.Single(await Use<CspSubscriptionService, IReadOnlyList<InvoiceCreditLine>>(s => s.CreditLinesAsync(Agent)));
    }

    [Fact]
    public async Task EndAsync_AnswersNotFound_ForAnotherPartnersSubscription()
    {
        var result = await Use<CspSubscriptionService, PathActionResult>(s => s.EndAsync("NW-SUB-1001", false, ContosoAdmin));

        Assert.Equal(PathActionStatus.NotFound, result.Status);
        Assert.Empty(await Use<CspSubscriptionService, IReadOnlyList<SubscriptionView>>(s => s.ListAsync(ContosoAdmin)));
    }

    [Fact]
    public void ToCsv_QuotesFieldsAndDefusesSpreadsheetFormulas()
    {
        var line = new InvoiceCreditLine(Guid.NewGuid(), "northwind", CreditLineSource.SubscriptionSuspended, "=HYPERLINK(\"x\",\"y\")", new Core.Money(1234.5m, "SEK"),
            new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero));

        var csv = CspSubscriptionService.ToCsv([line]);

        Assert.Equal("InvoicePeriod,Source,SubscriptionId,Amount,Currency,CreatedAtUtc\r\n2026-08,SubscriptionSuspended,\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\",1234.50,SEK,2026-07-01T12:00:00Z\r\n", csv);
    }
}
