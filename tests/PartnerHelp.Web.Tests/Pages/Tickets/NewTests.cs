using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PartnerHelp.Core.Tickets;
using PartnerHelp.Testing;
using PartnerHelp.Web.Tests.Testing;

namespace PartnerHelp.Web.Tests.Pages.Tickets;

/// <summary>Opening a support ticket: pre-filled from the order, stored with a reference and status, listed, and refused for other partners' orders.</summary>
public sealed class NewTests
{
    [Theory]
    [InlineData("en", "Cancel and refund order CT-1005 (Solutions Partner designation)", "Only orders paid by credit card can be cancelled in self-serve.")]
    [InlineData("vi", "Hủy và hoàn tiền đơn hàng CT-1005", "chuyển khoản")]
    [InlineData("sv", "Avbryt och återbetala beställning CT-1005", "banköverföring")]
    public async Task Get_PrefillsSubjectAndReasons_FromTheOrder(string culture, string subject, string reasonText)
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, "admin@contoso.example");

        var (response, document) = await session.GetAsync($"/{culture}/tickets/new?order=CT-1005");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith(subject, ((IHtmlInputElement)document.QuerySelector("#ticket-subject")!).Value, StringComparison.Ordinal);
        var description = ((IHtmlTextAreaElement)document.QuerySelector("#ticket-description")!).Value;
        Assert.Contains("CT-1005", description, StringComparison.Ordinal);
        Assert.Contains(reasonText, description, StringComparison.Ordinal);
        Assert.Equal("CT-1005", ((IHtmlInputElement)document.QuerySelector("input[name='Input.OrderId']")!).Value);
    }

    [Theory]
    [InlineData("admin@fabrikam.example", "FB-2001", "sv")]
    [InlineData("user@contoso.example", "CT-1002", "en")]
    public async Task Post_OpensATicketAndListsIt_WhenPartnerMember(string email, string orderId, string culture)
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, email);
        var path = $"/{culture}/tickets/new?order={orderId}";
        var (_, form) = await session.GetAsync(path);

        var (response, _) = await session.PostFormAsync(path, path, new Dictionary<string, string>
        {
            ["Input.OrderId"] = orderId,
            ["Input.Subject"] = ((IHtmlInputElement)form.QuerySelector("#ticket-subject")!).Value,
            ["Input.Description"] = ((IHtmlTextAreaElement)form.QuerySelector("#ticket-description")!).Value,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var ticket = await SiteData.QueryAsync(factory, db => db.SupportTickets.SingleAsync());
        Assert.Matches("^SR-[0-9]{6}-[0-9]{6}$", ticket.Reference);
        Assert.Equal(orderId, ticket.OrderId);
        Assert.Equal(TicketStatus.Open, ticket.Status);
        Assert.Equal(culture, ticket.Culture);
        Assert.Equal($"/{culture}/tickets?opened={ticket.Reference}", response.Headers.Location!.OriginalString);

        var (list, document) = await session.GetAsync(response.Headers.Location.OriginalString);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Contains(ticket.Reference, document.QuerySelector("#ticket-opened")!.TextContent, StringComparison.Ordinal);
        var row = document.QuerySelector($"tr[data-ticket='{ticket.Reference}']")!;
        Assert.Contains(orderId, row.TextContent, StringComparison.Ordinal);
        Assert.Equal(culture == "sv" ? "Öppet" : "Open", row.QuerySelector(".badge")!.TextContent.Trim());
    }

    [Fact]
    public async Task Post_OpensOneTicket_WhenTheSameFormIsSubmittedTwice()
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, "admin@contoso.example");
        var path = "/sv/tickets/new?order=CT-1005";
        var (_, form) = await session.GetAsync(path);
        var fields = new Dictionary<string, string>
        {
            ["Input.OrderId"] = "CT-1005",
            ["Input.SubmissionKey"] = ((IHtmlInputElement)form.QuerySelector("input[name='Input.SubmissionKey']")!).Value,
            ["Input.Subject"] = "Återbetalning CT-1005",
            ["Input.Description"] = "Betalt med banköverföring.",
        };
        var token = await session.TokenAsync(path);

        var results = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => session.PostFormAsync(path, path, fields, tokenOverride: token)));
        var (again, _) = await session.PostFormAsync(path, path, fields, tokenOverride: token);

        var ticket = await SiteData.QueryAsync(factory, db => db.SupportTickets.SingleAsync());
        Assert.All(results.Append((again, null!)), r => Assert.Equal($"/sv/tickets?opened={ticket.Reference}", r.Item1.Headers.Location!.OriginalString));
    }

    [Fact]
    public async Task Get_DrawsAFreshSubmissionKey_EachTimeTheFormIsShown()
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, "user@contoso.example");

        var (_, first) = await session.GetAsync("/en/tickets/new");
        var (_, second) = await session.GetAsync("/en/tickets/new");

        var keys = new[] { first, second }.Select(d => ((IHtmlInputElement)d.QuerySelector("input[name='Input.SubmissionKey']")!).Value).ToList();
        Assert.All(keys, key => Assert.Matches("^[0-9a-f]{32}$", key));
        Assert.NotEqual(keys[0], keys[1]);
    }

    [Fact]
    public async Task Tickets_AreNotVisible_ToAnotherPartner()
    {
        using var factory = new PartnerHelpFactory();
        using var contoso = await SiteSession.StartAsync(factory, "admin@contoso.example");
        using var fabrikam = await SiteSession.StartAsync(factory, "admin@fabrikam.example");
        var path = "/en/tickets/new";
        await contoso.PostFormAsync(path, path, new Dictionary<string, string> { ["Input.Subject"] = "Invoice question", ["Input.Description"] = "Where is my invoice?" });

        var (_, document) = await fabrikam.GetAsync("/en/tickets");

        Assert.Empty(document.QuerySelectorAll("tr[data-ticket]"));
        Assert.Equal(1, await SiteData.QueryAsync(factory, db => db.SupportTickets.CountAsync(t => t.PartnerId == "contoso")));
    }

    [Fact]
    public async Task Post_IsNotFoundAndWritesNothing_WhenTheOrderIsAnotherPartners()
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, "admin@contoso.example");

        var (response, _) = await session.PostFormAsync("/en/tickets/new", "/en/tickets/new", new Dictionary<string, string>
        {
            ["Input.OrderId"] = "FB-2001",
            ["Input.Subject"] = "Refund FB-2001",
            ["Input.Description"] = "Please refund.",
        });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, await SiteData.QueryAsync(factory, db => db.SupportTickets.CountAsync()));
    }

    [Theory]
    [InlineData("en", "", "Text", "#subject-error", "Subject is required.")]
    [InlineData("sv", "Ämne", "", "#description-error", "Beskrivning måste fyllas i.")]
    [InlineData("vi", "Tiêu đề", "x", "#subject-error", null)]
    public async Task Post_ShowsLocalizedErrorAndWritesNothing_WhenInputInvalid(string culture, string subject, string description, string selector, string? message)
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, "admin@contoso.example");
        var path = $"/{culture}/tickets/new";
        var tooLong = message is null;

        var (response, document) = await session.PostFormAsync(path, path, new Dictionary<string, string>
        {
            ["Input.Subject"] = tooLong ? new string('s', SupportTicket.MaxSubjectLength + 1) : subject,
            ["Input.Description"] = description,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message ?? "Tiêu đề tối đa 200 ký tự; nội dung của bạn có 201 ký tự.", document.QuerySelector(selector)!.TextContent.Trim());
        Assert.NotNull(document.QuerySelector("#ticket-error"));
        Assert.Equal(0, await SiteData.QueryAsync(factory, db => db.SupportTickets.CountAsync()));
    }

    [Fact]
    public async Task Post_IsRefusedWithLocalizedPage_WhenAntiforgeryTokenMissing()
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, "admin@contoso.example");
        await session.GetAsync("/vi/tickets");

        var (response, document) = await session.PostFormAsync("/vi/tickets/new", "/vi/tickets/new",
            new Dictionary<string, string> { ["Input.Subject"] = "S", ["Input.Description"] = "D" }, withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Không thể xử lý yêu cầu", document.QuerySelector("main h1")?.TextContent.Trim());
        Assert.Equal(0, await SiteData.QueryAsync(factory, db => db.SupportTickets.CountAsync()));
    }
}
