using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Testing;
using PartnerHelp.Web.Bot.DirectLine;

namespace PartnerHelp.Web.Tests.Bot.DirectLine;

public sealed class ActivityLogTests(PartnerHelpFactory factory) : IClassFixture<PartnerHelpFactory>
{
    [Fact]
    public async Task AppendAsync_RenumbersTheMessageAndTheReplyToIt_WhenAnotherWriterTookTheKnownSequence()
    {
        var client = await DirectLineTestClient.StartAsync(factory.CreateClient());
        var conversation = client.ConversationId;
        await using var scope = factory.Services.CreateAsyncScope();
        var log = scope.ServiceProvider.GetRequiredService<ActivityLog>();
        var known = await log.LastSequenceAsync(conversation, CancellationToken.None);

        // Another request (another node) appends a message and its reply after the sequence was read.
        await client.PostAsync("hello");
        var message = new JsonObject { ["type"] = "message", ["id"] = ActivityLog.ActivityId(conversation, known + 1), ["text"] = "help" };
        var reply = new JsonObject { ["type"] = "message", ["replyToId"] = ActivityLog.ActivityId(conversation, known + 1), ["text"] = "answer" };
        var ids = await log.AppendAsync(conversation, [message, reply], known, CancellationToken.None);

        Assert.Equal([ActivityLog.ActivityId(conversation, known + 3), ActivityLog.ActivityId(conversation, known + 4)], ids);
        var (stored, watermark) = await log.ReadAsync(conversation, known, CancellationToken.None);
        Assert.Equal(4, stored.Count);
        Assert.Equal(ids[0], (string?)stored[3]!["replyToId"]);
        Assert.Equal("help", (string?)stored[2]!["text"]);
        Assert.Equal((known + 4).ToString(System.Globalization.CultureInfo.InvariantCulture), watermark);
    }
}
