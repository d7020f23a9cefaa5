using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Core.Eligibility;
using PartnerHelp.Core.Outbox;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Infrastructure.RefundPaths;

namespace PartnerHelp.Infrastructure.Tests.RefundPaths;

public sealed class StoreOrderServiceTests : RefundPathsFixture
{
    [Fact]
    public async Task CancelItemsAsync_CancelsAnUnchargedItemAndQueuesTheConfirmation()
    {
        var result = await Use<StoreOrderService, PathActionResult>(s => s.CancelItemsAsync("SO-5001", ["SO-5001-1"], ContosoAdmin));

        Assert.Equal(PathActionStatus.Done, result.Status);
        var order = Assert.Single(await Use<StoreOrderService, IReadOnlyList<StoreOrderView>>(s => s.ListAsync(ContosoAdmin)));
        Assert.Equal(EligibilityOutcome.AlreadyCancelled, order.Items.Single(i => i.Item.Id == "SO-5001-1").Cancel.Outcome);
        var message = await Services.InScopeAsync(sp => sp.GetRequiredService<PartnerHelpDbContext>().OutboxMessages.SingleAsync());
        Assert.Equal((OutboxMessage.StoreItemsCancelled, "SO-5001"), (message.Type, message.Subject));
    }

    [Fact]
    public async Task CancelItemsAsync_CancelsNothing_WhenOneChosenItemIsCharged()
    {
        var result = await Use<StoreOrderService, PathActionResult>(s => s.CancelItemsAsync("SO-5001", ["SO-5001-1", "SO-5001-2"], ContosoAdmin));

        Assert.Equal(PathActionStatus.NotAllowed, result.Status);
        Assert.True(result.Eligibility!.Has(ReasonCode.StoreItemCharged));
        var order = Assert.Single(await Use<StoreOrderService, IReadOnlyList<StoreOrderView>>(s => s.ListAsync(ContosoAdmin)));
        Assert.All(order.Items, i => Assert.Null(i.Item.CancelledAt));
    }

    [Theory]
    [InlineData("SO-5001", new[] { "SO-5001-9" })]
    [InlineData("SO-9999", new[] { "SO-5001-1" })]
    public async Task CancelItemsAsync_AnswersNotFound_ForUnknownOrForeignItems(string orderId, string[] items)
    {
        var result = await Use<StoreOrderService, PathActionResult>(s => s.CancelItemsAsync(orderId, items, ContosoAdmin));
        var foreign = await Use<StoreOrderService, PathActionResult>(s => s.CancelItemsAsync("SO-5001", ["SO-5001-1"], Agent));

        Assert.Equal((PathActionStatus.NotFound, PathActionStatus.NotFound), (result.Status, foreign.Status));
    }

    [Fact]
    public async Task CancelItemsAsync_ChangesNothingMore_WhenSubmittedTwice()
    {
        await Use<StoreOrderService, PathActionResult>(s => s.CancelItemsAsync("SO-5001", ["SO-5001-1"], ContosoAdmin));

        var second = await Use<StoreOrderService, PathActionResult>(s => s.CancelItemsAsync("SO-5001", ["SO-5001-1"], ContosoAdmin));

        Assert.Equal(PathActionStatus.Conflict, second.Status);
        Assert.Equal(1, await Services.InScopeAsync(sp => sp.GetRequiredService<PartnerHelpDbContext>().OutboxMessages.CountAsync()));
    }
}
