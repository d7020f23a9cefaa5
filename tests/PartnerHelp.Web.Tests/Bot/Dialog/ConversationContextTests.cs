using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Core.Accounts;
using PartnerHelp.Infrastructure.Bot;
using PartnerHelp.Testing;
using PartnerHelp.Web.Bot.Dialog;

namespace PartnerHelp.Web.Tests.Bot.Dialog;

/// <summary>
/// A short message after an answer keeps its own topic when that topic goes on from the answer as well: a question
/// that can be about the resource just discussed is asked about that resource. A question that is only a follow-up
/// still continues the last answer.
/// </summary>
public sealed class ConversationContextTests(PartnerHelpFactory factory) : IClassFixture<PartnerHelpFactory>
{
    [Theory]
    [InlineData("why can't I cancel CT-1005?", "alright, where do I raise the ticket for it?", "SupportTicket", "CT-1005")]
    [InlineData("is CT-1008 cancellable?", "and when will we actually see that money?", "RefundStatus", "CT-1008")]
    [InlineData("CT-1008 kan avbrytas?", "och när kommer pengarna tillbaka?", "RefundStatus", "CT-1008")]
    public async Task RespondAsync_KeepsTheMessagesOwnTopic_AboutTheRememberedResource(string first, string next, string topic, string resource)
    {
        var reply = await ConverseAsync("admin@contoso.example", first, next);

        Assert.Equal((topic, resource), (reply.Topic, reply.Resource));
    }

    [Fact]
    public async Task RespondAsync_StillContinuesTheLastAnswer_ForAPlainFollowUp()
    {
        var reply = await ConverseAsync("admin@contoso.example", "why can't I cancel CT-1005?", "so how do I sort that out?");

        Assert.Equal(("OrderEligibility", "CT-1005"), (reply.Topic, reply.Resource));
    }

    private async Task<BotReply> ConverseAsync(string email, params string[] texts)
    {
        var requester = await DemoRequesters.ForAsync(factory.Services, email);
        var conversation = new BotConversation { Id = "context", ChannelId = "test", CreatedAt = DateTimeOffset.UnixEpoch, LastActivityAt = DateTimeOffset.UnixEpoch };
        BotReply? reply = null;
        foreach (var text in texts)
        {
            using var scope = factory.Services.CreateScope();
            reply = await scope.ServiceProvider.GetRequiredService<HelpDialog>().RespondAsync(new BotTurn(text, "en", conversation, requester, null, "http://localhost"));
        }

        return reply!;
    }
}
