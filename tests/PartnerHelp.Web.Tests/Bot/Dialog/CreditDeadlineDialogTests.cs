using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PartnerHelp.Core.Accounts;
using PartnerHelp.Core.CreditRequests;
using PartnerHelp.Infrastructure.Bot;
using PartnerHelp.Web.Bot.Dialog;
using PartnerHelp.Web.Localization;

namespace PartnerHelp.Web.Tests.Bot.Dialog;

/// <summary>
/// A credit-request question with an incident date, in each language and in the forms people write dates in, gets the
/// credit-request answer in that language naming the deadline computed from that date (end of the full calendar month
/// after the incident), through the real dialog and recognizer.
/// </summary>
public sealed class CreditDeadlineDialogTests(FixedClockSite site) : IClassFixture<FixedClockSite>
{
    [Theory]
    [InlineData("en", "Our client's VMs were down on Nov 26th. What's the deadline for the credit request?", "2026-11-26")]
    [InlineData("en", "we had an outage 3 days ago, until when can we ask for a service credit?", "2026-12-03")]
    [InlineData("de", "Ausfall beim Kunden am 26.11., bis wann geht der Gutschriftantrag?", "2026-11-26")]
    [InlineData("fr", "Panne le 26 nov., quelle est la date limite pour la demande de crédit ?", "2026-11-26")]
    [InlineData("es", "Se cayó el servicio el lunes pasado, ¿hasta cuándo puedo solicitar el crédito?", "2026-11-30")]
    [InlineData("pt-BR", "Tivemos uma queda em 14/10/2026, qual é o prazo do pedido de crédito?", "2026-10-14")]
    [InlineData("sv", "Avbrott den 26 nov, när är sista dag för kreditbegäran?", "2026-11-26")]
    [InlineData("vi", "Khách bị sự cố 26 tháng 11, hạn chót yêu cầu tín dụng là ngày nào?", "2026-11-26")]
    [InlineData("ja", "2026年11月26日の障害について、クレジット申請の期限はいつですか？", "2026-11-26")]
    [InlineData("ar", "حدث عطل في ٢٦ تشرين الثاني، ما هو آخر موعد لطلب الرصيد؟", "2026-11-26")]
    [InlineData("ar", "انقطعت الخدمة قبل 3 أيام، متى ينتهي موعد طلب الرصيد؟", "2026-12-03")]
    public async Task RespondAsync_NamesTheDeadline_ComputedFromTheIncidentDate(string culture, string question, string incident)
    {
        var deadline = CreditRequestDraft.DeadlineFor(DateOnly.Parse(incident, CultureInfo.InvariantCulture));

        var reply = await AskAsync(question);

        Assert.Equal("CreditRequest", reply.Topic);
        Assert.Equal(culture, reply.Locale);
        using var use = ReplyCulture.Use(culture);
        Assert.True(reply.Text.Contains(DisplayFormats.Date(deadline), StringComparison.Ordinal), reply.Text);
    }

    [Fact]
    public async Task RespondAsync_GivesTheGeneralRule_WhenNoDateIsWritten()
    {
        var reply = await AskAsync("is there a service credit when the platform had downtime?");

        Assert.Equal("CreditRequest", reply.Topic);
        using var use = ReplyCulture.Use("en");
        Assert.Equal(site.Services.GetRequiredService<IStringLocalizer<ChatResource>>()["Answer_CreditDeadline"].Value, reply.Text);
    }

    // A dated question that names the partner's incident is about that incident: a written date must not drop the id.
    [Theory]
    [InlineData("en", "INC-7001 hit us on 2 November. When does the window for the credit claim close?")]
    [InlineData("de", "Störung INC-7001 am 2. November – wie lange haben wir Zeit für die Gutschrift?")]
    [InlineData("fr", "Pour l'incident INC-7001 du 2 novembre, quel est le dernier jour pour demander le crédit ?")]
    [InlineData("es", "La incidencia INC-7001 fue el 2 de noviembre, ¿cuál es el plazo para pedir el crédito?")]
    [InlineData("sv", "INC-7001 var den 2 november, hur länge kan vi begära kredit?")]
    [InlineData("ja", "11月2日のINC-7001について、クレジット申請はいつまでできますか？")]
    public async Task RespondAsync_AnswersAboutTheNamedIncident_WhenADateIsWrittenToo(string culture, string question)
    {
        var reply = await AskAsync(question, await DemoRequesters.ForAsync(site.Services, "agent@northwind.example"));

        Assert.Equal(("CreditRequest", "INC-7001", true, culture), (reply.Topic, reply.Resource, reply.Found, reply.Locale));
    }

    // Northwind's incident INC-7001 (Exchange Online mailbox outage at Tailspin Toys) is kept 10 days old: 26 November here.
    [Theory]
    [InlineData("en", "We had the Exchange outage at our customer, until when can we still ask for the credit?")]
    [InlineData("en", "Tailspin Toys lost mail for a day, what's the deadline for the service credit?")]
    [InlineData("en", "The outage on 26 November, until when can we request the credit?")]
    [InlineData("de", "Wegen des Exchange-Ausfalls: bis wann können wir die Gutschrift beantragen?")]
    [InlineData("ja", "Exchangeの障害のクレジット申請はいつまでですか？")]
    public async Task RespondAsync_AnswersAboutThePartnersIncident_DescribedWithoutItsId(string culture, string question)
    {
        var reply = await AskAsync(question, await DemoRequesters.ForAsync(site.Services, "agent@northwind.example"));

        Assert.Equal(("CreditRequest", "INC-7001", true, culture), (reply.Topic, reply.Resource, reply.Found, reply.Locale));
        using var use = ReplyCulture.Use(culture);
        Assert.Contains(DisplayFormats.Date(CreditRequestDraft.DeadlineFor(FixedClockSite.Today.AddDays(-10))), reply.Text, StringComparison.Ordinal);
    }

    // A described incident on another day is another incident: the written date's deadline, no id. A partner without
    // incidents describing one gets the rule or the date's deadline, never someone else's incident.
    [Theory]
    [InlineData("agent@northwind.example", "We had an Exchange outage on 2 November, until when can we ask for the credit?")]
    [InlineData("admin@contoso.example", "We had the Exchange outage at Tailspin Toys, until when can we ask for the credit?")]
    public async Task RespondAsync_NamesNoIncident_WhenTheDescriptionFitsNoneOfThePartners(string email, string question)
    {
        var reply = await AskAsync(question, await DemoRequesters.ForAsync(site.Services, email));

        Assert.Equal(("CreditRequest", null), (reply.Topic, reply.Resource));
    }

    // CT-1006 costs 1,900 USD (the only order of that price); a credit question that names a loss of that size is still
    // not about the order.
    [Fact]
    public async Task RespondAsync_DoesNotTakeAnAmountInACreditQuestion_ForAnOrderOfThatPrice()
    {
        var reply = await AskAsync("The outage on 2 November cost our customer 1,900 USD. Until when can we request the credit?", await DemoRequesters.ForAsync(site.Services, "admin@contoso.example"));

        Assert.Equal(("CreditRequest", null), (reply.Topic, reply.Resource));
        using var use = ReplyCulture.Use("en");
        Assert.Contains(DisplayFormats.Date(CreditRequestDraft.DeadlineFor(new DateOnly(2026, 11, 2))), reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RespondAsync_KeepsAnotherPartnersIncidentUnknown_WhenADateIsWrittenToo()
    {
        var reply = await AskAsync("INC-7001 was on 2 November, until when can we claim the credit?", await DemoRequesters.ForAsync(site.Services, "admin@contoso.example"));

        Assert.Equal(("CreditRequest", "INC-7001", false), (reply.Topic, reply.Resource, reply.Found));
        Assert.Null(reply.Outcome);
    }

    [Fact]
    public async Task RespondAsync_GivesAVisitorTheDeadlineForTheWrittenDate_AboutTheNamedIncident()
    {
        var reply = await AskAsync("INC-7001 was on 2 November 2026, until when can we claim the credit?");

        Assert.Equal(("CreditRequest", "INC-7001"), (reply.Topic, reply.Resource));
        using var use = ReplyCulture.Use("en");
        Assert.Contains(DisplayFormats.Date(CreditRequestDraft.DeadlineFor(new DateOnly(2026, 11, 2))), reply.Text, StringComparison.Ordinal);
    }

    // A ticket about an incident stays a ticket (round 10): how to open one, then the incident's deadline; another
    // partner's incident gets the unknown-id answer, as for a credit question.
    [Theory]
    [InlineData("en", "Support has to look at INC-7001 for us: where do I raise a ticket for it?")]
    [InlineData("de", "Für INC-7001 brauchen wir den Support – wo eröffne ich dazu ein Ticket?")]
    public async Task RespondAsync_AnswersATicketAboutAnIncident_AsATicketAboutIt(string culture, string question)
    {
        var reply = await AskAsync(question, await DemoRequesters.ForAsync(site.Services, "agent@northwind.example"));

        Assert.Equal(("SupportTicket", "INC-7001", true, culture), (reply.Topic, reply.Resource, reply.Found, reply.Locale));
        using var use = ReplyCulture.Use(culture);
        var text = site.Services.GetRequiredService<IStringLocalizer<ChatResource>>();
        Assert.StartsWith(text["Answer_SupportTicket"].Value, reply.Text, StringComparison.Ordinal);
        Assert.Contains(DisplayFormats.Date(CreditRequestDraft.DeadlineFor(FixedClockSite.Today.AddDays(-10))), reply.Text, StringComparison.Ordinal);

        var other = await AskAsync(question, await DemoRequesters.ForAsync(site.Services, "admin@contoso.example"));

        Assert.Equal(("SupportTicket", "INC-7001", false), (other.Topic, other.Resource, other.Found));
        Assert.Null(other.Outcome);
        Assert.DoesNotContain(text["Answer_SupportTicket"].Value, other.Text, StringComparison.Ordinal);
    }

    private async Task<BotReply> AskAsync(string text, Requester? requester = null)
    {
        using var scope = site.Services.CreateScope();
        var conversation = new BotConversation { Id = "credit", ChannelId = "test", CreatedAt = DateTimeOffset.UnixEpoch, LastActivityAt = DateTimeOffset.UnixEpoch };
        return await scope.ServiceProvider.GetRequiredService<HelpDialog>().RespondAsync(new BotTurn(text, "en", conversation, requester ?? Requester.Anonymous, null, "http://localhost"));
    }
}
