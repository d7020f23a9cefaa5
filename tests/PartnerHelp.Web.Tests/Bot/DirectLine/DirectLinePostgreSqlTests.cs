using System.Net;
using PartnerHelp.Testing;

namespace PartnerHelp.Web.Tests.Bot.DirectLine;

/// <summary>The bot's tables (schema script 0004) on PostgreSQL, with two nodes sharing one conversation.</summary>
public sealed class DirectLinePostgreSqlTests
{
    [Fact]
    public async Task Conversation_RunsAcrossTwoNodes_OnPostgreSql()
    {
        await using var server = await PostgresServer.StartAsync();
        await server.CreateDatabaseAsync("bot");
        using var first = OnPostgres(server);
        using var second = OnPostgres(server);

        var http = first.CreateBrowserLikeClient();
        await SiteSignIn.AsAsync(http, "user@contoso.example");
        var client = await DirectLineTestClient.StartAsync(http, "sv-SE");
        var question = await client.AskAsync("När kommer min återbetalning?");
        Assert.Equal("RefundStatus", DirectLineTestClient.Intent(question));
        Assert.Equal("sv", (string?)question["locale"]);

        var onSecond = new DirectLineTestClient(second.CreateClient()) { ConversationId = client.ConversationId, Token = client.Token, Watermark = client.Watermark };
        var answer = await onSecond.AskAsync("Varför kan jag inte avbryta CT-1001?");
        Assert.Equal(["NotMpnAdmin"], DirectLineTestClient.ReasonCodes(answer));
        Assert.Equal("sv", (string?)answer["locale"]);
        Assert.Equal("4", onSecond.Watermark);

        using var expired = await onSecond.SendAsync(HttpMethod.Get, "/v3/directline/conversations/unknown/activities");
        Assert.Equal(HttpStatusCode.NotFound, expired.StatusCode);
    }

    private static PartnerHelpFactory OnPostgres(PostgresServer server)
    {
        var factory = new PartnerHelpFactory();
        factory.Settings["Database:Provider"] = "PostgreSql";
        factory.Settings["ConnectionStrings:PartnerHelp"] = server.ConnectionString("bot");
        return factory;
    }
}
