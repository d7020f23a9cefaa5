using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Infrastructure.Bot;
using PartnerHelp.Testing;
using PartnerHelp.Web.Bot.Dialog;

namespace PartnerHelp.Web.Tests.Bot.Dialog;

/// <summary>One conversation with the real <see cref="HelpDialog"/> as a demo user, each message in a scope of its own as a request would be.</summary>
internal static class DialogConversation
{
    /// <summary>Sends <paramref name="texts"/> in order (activity locale <c>en</c>) and returns the reply to the last.</summary>
    public static async Task<BotReply> ConverseAsync(IServiceProvider services, string conversationId, string email, params string[] texts)
    {
        var requester = await DemoRequesters.ForAsync(services, email);
        var conversation = new BotConversation { Id = conversationId, ChannelId = "test", CreatedAt = DateTimeOffset.UnixEpoch, LastActivityAt = DateTimeOffset.UnixEpoch };
        BotReply? reply = null;
        foreach (var text in texts)
        {
            using var scope = services.CreateScope();
            reply = await scope.ServiceProvider.GetRequiredService<HelpDialog>().RespondAsync(new BotTurn(text, "en", conversation, requester, null, "http://localhost"));
        }

        return reply ?? throw new ArgumentException("A conversation needs at least one message.", nameof(texts));
    }
}
