using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Core.Accounts;
using PartnerHelp.Core.Eligibility;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Core.Outbox;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Infrastructure.Memberships;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Testing;

namespace PartnerHelp.Infrastructure.Tests.Memberships;

public sealed class MembershipCancellationTests : IAsyncLifetime
{
    private readonly TempDirectory _folder = new();
    private TestServices _services = null!;

    public async Task InitializeAsync()
    {
        _services = TestServices.Sqlite(_folder.File("cancel.db"));
        await _services.InitializeAsync();
    }

    [Fact]
    public async Task CancelAsync_WritesCancellationRefundAndOutboxTogether_WhenAdminCancelsEligibleOrder()
    {
        var admin = await RequesterAsync("admin@contoso.example");

        var result = await CancelAsync("CT-1001", admin);

        Assert.Equal(CancellationStatus.Cancelled, result.Status);
        var (order, refunds, outbox) = await StateAsync("CT-1001");
        Assert.Equal(OrderStatus.Cancelled, order.Status);
        Assert.Equal(admin.UserId, order.CancelledBy);
        var refund = Assert.Single(refunds);
        Assert.Equal((RefundStatus.Requested, 1765.00m, "USD", order.PaymentInstrument), (refund.Status, refund.Amount, refund.Currency, refund.PaymentInstrument));
        var message = Assert.Single(outbox);
        Assert.Equal((OutboxMessage.RefundRequested, refund.Id), (message.Type, message.Subject));
        Assert.Null(message.DispatchedAt);
    }

    [Fact]
    public async Task CancelAsync_ReturnsAlreadyCancelledAndWritesNothing_WhenSubmittedTwice()
    {
        var admin = await RequesterAsync("admin@contoso.example");
        await CancelAsync("CT-1001", admin);

        var second = await CancelAsync("CT-1001", admin);

        Assert.Equal(CancellationStatus.AlreadyCancelled, second.Status);
        var (_, refunds, outbox) = await StateAsync("CT-1001");
        Assert.Single(refunds);
        Assert.Single(outbox);
    }

    [Fact]
    public async Task CancelAsync_LetsExactlyOneWin_WhenManyRequestsRaceForOneOrder()
    {
        var admin = await RequesterAsync("admin@contoso.example");

        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Task.Run(() => CancelAsync("CT-1001", admin))));

        Assert.Single(results, r => r.Status == CancellationStatus.Cancelled);
        Assert.All(results.Where(r => r.Status != CancellationStatus.Cancelled), r => Assert.Equal(CancellationStatus.AlreadyCancelled, r.Status));
        var (_, refunds, outbox) = await StateAsync("CT-1001");
        Assert.Single(refunds);
        Assert.Single(outbox);
    }

    [Theory]
    [InlineData("CT-1002", "admin@contoso.example", CancellationStatus.NotAllowed)]
    [InlineData("CT-1005", "admin@contoso.example", CancellationStatus.NotAllowed)]
    [InlineData("CT-1001", "user@contoso.example", CancellationStatus.NotAllowed)]
    [InlineData("FB-2001", "admin@fabrikam.example", CancellationStatus.NotAllowed)]
    [InlineData("CT-1001", "admin@fabrikam.example", CancellationStatus.NotFound)]
    [InlineData("CT-9999", "admin@contoso.example", CancellationStatus.NotFound)]
    [InlineData("../etc/passwd", "admin@contoso.example", CancellationStatus.NotFound)]
    [InlineData("CT-1008", "admin@contoso.example", CancellationStatus.AlreadyCancelled)]
    public async Task CancelAsync_ChangesNothing_WhenTheRulesOrOwnershipSayNo(string orderId, string email, CancellationStatus expected)
    {
        var before = await AllRowsAsync();

        var result = await CancelAsync(orderId, await RequesterAsync(email));

        Assert.Equal(expected, result.Status);
        Assert.Equal(before, await AllRowsAsync());
    }

    [Fact]
    public async Task CancelAsync_ChangesNothing_WhenInputIsInvalid()
    {
        var admin = await RequesterAsync("admin@contoso.example");
        var before = await AllRowsAsync();

        var tooLong = await CancelAsync("CT-1001", admin, note: new string('x', MembershipOrder.MaxCancellationNoteLength + 1));
        var unknownReason = await CancelAsync("CT-1001", admin, reason: (CancellationReason)42);

        Assert.Equal(CancellationStatus.InvalidInput, tooLong.Status);
        Assert.Equal(CancellationStatus.InvalidInput, unknownReason.Status);
        Assert.Equal(before, await AllRowsAsync());
    }

    [Fact]
    public async Task FindAsync_GivesSpecOutcomesForEveryDemoOrder_WhenAskedByItsAdmin()
    {
        foreach (var (orderId, email, outcome, codes) in SpecDemoExpectations.Rows)
        {
            var view = await _services.InScopeAsync(async sp => await sp.GetRequiredService<PartnerOrders>().FindAsync(orderId, await RequesterAsync(email)));

            Assert.NotNull(view);
            Assert.Equal(outcome, view.Eligibility.Outcome);
            Assert.Equal(codes, view.Eligibility.Reasons.Select(r => r.Code));
        }
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        _folder.Dispose();
    }

    private Task<CancellationResult> CancelAsync(string orderId, Requester requester, CancellationReason reason = CancellationReason.NoLongerNeeded, string? note = "test") =>
        _services.InScopeAsync(sp => sp.GetRequiredService<MembershipCancellation>().CancelAsync(orderId, requester, reason, note));

    private Task<Requester> RequesterAsync(string email) =>
        _services.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PartnerHelpDbContext>();
            var user = await db.Users.SingleAsync(u => u.Email == email);
            var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == user.Id select r.Name!).ToListAsync();
            return new Requester(user.Id, user.PartnerId, roles.ToHashSet());
        });

    private Task<(MembershipOrder Order, List<Refund> Refunds, List<OutboxMessage> Outbox)> StateAsync(string orderId) =>
        _services.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PartnerHelpDbContext>();
            var order = await db.MembershipOrders.AsNoTracking().SingleAsync(o => o.Id == orderId);
            var refunds = await db.Refunds.AsNoTracking().Where(r => r.OrderId == orderId).ToListAsync();
            var ids = refunds.Select(r => r.Id).ToList();
            var outbox = await db.OutboxMessages.AsNoTracking().Where(m => ids.Contains(m.Subject)).ToListAsync();
            return (order, refunds, outbox);
        });

    private Task<string> AllRowsAsync() =>
        _services.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PartnerHelpDbContext>();
            var orders = await db.MembershipOrders.AsNoTracking().OrderBy(o => o.Id).Select(o => $"{o.Id}:{o.Status}:{o.Version}").ToListAsync();
            var refunds = await db.Refunds.AsNoTracking().OrderBy(r => r.Id).Select(r => $"{r.Id}:{r.Status}:{r.Version}").ToListAsync();
            var outbox = await db.OutboxMessages.CountAsync();
            return string.Join(",", orders) + "|" + string.Join(",", refunds) + "|" + outbox;
        });
}
