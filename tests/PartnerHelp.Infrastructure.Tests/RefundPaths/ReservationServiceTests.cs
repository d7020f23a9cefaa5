using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Core;
using PartnerHelp.Core.Accounts;
using PartnerHelp.Core.Eligibility;
using PartnerHelp.Core.Outbox;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Core.Reservations;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Infrastructure.RefundPaths;

namespace PartnerHelp.Infrastructure.Tests.RefundPaths;

public sealed class ReservationServiceTests : RefundPathsFixture
{
    private const string Vm = "6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f";

    [Fact]
    public async Task ReturnAsync_RequestsAProratedRefundForTheRefundJob_WhenAnAgentReturnsIt()
    {
        var before = await Use<ReservationService, ReservationView?>(s => s.FindAsync(Vm, Agent));

        var result = await Use<ReservationService, PathActionResult>(s => s.ReturnAsync(Vm, Agent));

        Assert.Equal(PathActionStatus.Done, result.Status);
        Assert.Equal(before!.Return.RefundAmount, result.Amount);
        await Services.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PartnerHelpDbContext>();
            var refund = await db.Refunds.SingleAsync(r => r.OrderId == Vm);
            Assert.Equal((RefundSubject.Reservation, RefundStatus.Requested, before.Return.RefundAmount), (refund.Subject, refund.Status, refund.Total));
            Assert.Equal(OutboxMessage.RefundRequested, (await db.OutboxMessages.SingleAsync(m => m.Subject == refund.Id)).Type);
            Assert.Equal(ReservationStatus.Returned, (await db.Reservations.SingleAsync(r => r.Id == Vm)).Status);
            return 0;
        });
    }

    [Fact]
    public async Task ReturnAsync_RefundsOnce_WhenSubmittedTwice()
    {
        await Use<ReservationService, PathActionResult>(s => s.ReturnAsync(Vm, Agent));

        var second = await Use<ReservationService, PathActionResult>(s => s.ReturnAsync(Vm, Agent));

        Assert.Equal(PathActionStatus.Conflict, second.Status);
        Assert.Equal(1, await Services.InScopeAsync(sp => sp.GetRequiredService<PartnerHelpDbContext>().Refunds.CountAsync(r => r.OrderId == Vm)));
    }

    [Fact]
    public async Task ExchangeAsync_CreatesTheNewReservation_WhenSameTypeAndWorthMore()
    {
        var quote = await Use<ReservationService, ExchangeQuote?>(s => s.QuoteExchangeAsync(Vm, ReservationType.VirtualMachines, new Money(50000m, "SEK"), Agent));

        var result = await Use<ReservationService, PathActionResult>(s => s.ExchangeAsync(Vm, ReservationType.VirtualMachines, "Standard_D8s_v5", 1, new Money(50000m, "SEK"), Agent));

        Assert.Equal(PathActionStatus.Done, result.Status);
        Assert.Equal(new Money(50000m - quote!.Returned.Amount, "SEK"), result.Amount);
        Assert.Equal(quote.DueNow, result.Amount);
        var replacement = await Use<ReservationService, ReservationView?>(s => s.FindAsync(result.Reference, Agent));
        Assert.Equal(("Standard_D8s_v5", "c-tailspin"), (replacement!.Reservation.SkuName, replacement.Reservation.CustomerId));
        Assert.Equal(ReservationStatus.Exchanged, (await Use<ReservationService, ReservationView?>(s => s.FindAsync(Vm, Agent)))!.Reservation.Status);
    }

    [Theory]
    [InlineData(ReservationType.SqlDatabase, 90000, ReasonCode.ExchangeTypeMismatch)]
    [InlineData(ReservationType.VirtualMachines, 100, ReasonCode.ExchangeNotHigherValue)]
    public async Task ExchangeAsync_ChangesNothing_WhenTheRulesSayNo(ReservationType type, decimal price, ReasonCode reason)
    {
        var result = await Use<ReservationService, PathActionResult>(s => s.ExchangeAsync(Vm, type, "Any_SKU", 1, new Money(price, "SEK"), Agent));

        Assert.Equal(PathActionStatus.NotAllowed, result.Status);
        Assert.True(result.Eligibility!.Has(reason));
        Assert.Equal(ReservationStatus.Active, (await Use<ReservationService, ReservationView?>(s => s.FindAsync(Vm, Agent)))!.Reservation.Status);
    }

    [Fact]
    public async Task ChangeScopeAsync_LinksASubscription_AndRefusesAMalformedOne()
    {
        var bad = await Use<ReservationService, PathActionResult>(s => s.ChangeScopeAsync(Vm, ReservationScope.SingleSubscription, "../../x", Agent));
        var good = await Use<ReservationService, PathActionResult>(s => s.ChangeScopeAsync(Vm, ReservationScope.SingleSubscription, "sub-tailspin-01", Agent));

        Assert.Equal((PathActionStatus.InvalidInput, PathActionStatus.Done), (bad.Status, good.Status));
        Assert.Equal("sub-tailspin-01", (await Use<ReservationService, ReservationView?>(s => s.FindAsync(Vm, Agent)))!.Reservation.ScopeSubscriptionId);
    }

    [Fact]
    public async Task ReturnAsync_IsRefused_ForAUserWithoutAnAgentRole_AndHiddenFromOtherPartners()
    {
        var plain = new Requester(Agent.UserId, "northwind", new HashSet<string>());

        var refused = await Use<ReservationService, PathActionResult>(s => s.ReturnAsync(Vm, plain));
        var hidden = await Use<ReservationService, PathActionResult>(s => s.ReturnAsync(Vm, ContosoAdmin));

        Assert.Equal(PathActionStatus.NotAllowed, refused.Status);
        Assert.True(refused.Eligibility!.Has(ReasonCode.NotCspAgent));
        Assert.Equal(PathActionStatus.NotFound, hidden.Status);
    }

    [Fact]
    public async Task RefundAsync_FindsTheReturnsRefund_OnlyForTheOwningPartner()
    {
        Assert.Null(await Use<ReservationService, Refund?>(s => s.RefundAsync(Vm, Agent)));
        var result = await Use<ReservationService, PathActionResult>(s => s.ReturnAsync(Vm, Agent));

        var refund = await Use<ReservationService, Refund?>(s => s.RefundAsync(Vm, Agent));

        Assert.Equal((result.Reference, RefundStatus.Requested, result.Amount), (refund!.Id, refund.Status, (Money?)refund.Total));
        Assert.Single(refund.Transitions);
        Assert.Null(await Use<ReservationService, Refund?>(s => s.RefundAsync(Vm, ContosoAdmin)));
    }
}
