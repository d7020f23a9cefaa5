using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnerHelp.Core.Outbox;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Core.Reservations;
using PartnerHelp.Testing;
using PartnerHelp.Web.Tests.Testing;

namespace PartnerHelp.Web.Tests.Pages.Reservations;

/// <summary>Returning a reservation through the page: one refund into the refund pipeline, and every refused post changes nothing.</summary>
public sealed class ReturnTests
{
    private const string Agent = "agent@northwind.example";
    private static readonly string Page = $"/en/reservations/{ReservationData.Vm}/return";

    private static Dictionary<string, string> Confirmed() => new() { ["Confirm"] = "true" };

    [Fact]
    public async Task Post_ReturnsAndRequestsTheProratedRefund_WhenConfirmed()
    {
        // Without jobs the refund stays Requested, as the page must show it; with them a busy machine let the
        // refund job move it to Processing before the page was read.
        using var factory = new PartnerHelpFactory();
        factory.Settings["Jobs:Enabled"] = "false";
        using var session = await SiteSession.StartAsync(factory, Agent);
        var expected = await ReservationData.ProratedValueAsync(factory, ReservationData.Vm);

        var (response, _) = await session.PostFormAsync(Page, Page, Confirmed());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/en/reservations/{ReservationData.Vm}?done=returned", response.Headers.Location!.OriginalString);
        var refund = await SiteData.QueryAsync(factory, db => db.Refunds.SingleAsync(r => r.OrderId == ReservationData.Vm));
        Assert.Equal((RefundSubject.Reservation, RefundStatus.Requested, expected), (refund.Subject, refund.Status, refund.Total));
        Assert.Equal(OutboxMessage.RefundRequested, (await SiteData.QueryAsync(factory, db => db.OutboxMessages.SingleAsync(m => m.Subject == refund.Id))).Type);
        Assert.Equal(ReservationStatus.Returned, (await ReservationData.FindAsync(factory, ReservationData.Vm)).Status);

        var (detail, document) = await session.GetAsync(response.Headers.Location.OriginalString);
        Assert.Equal(HttpStatusCode.OK, detail.StatusCode);
        Assert.Contains($"Refund {refund.Id} of", document.QuerySelector("#reservation-done")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Requested", document.QuerySelector("#reservation-refund [data-refund-status-text]")!.TextContent.Trim());
        Assert.Equal("Returned", document.QuerySelector("dd[data-status]")!.TextContent.Trim());
        Assert.Null(document.QuerySelector("a[data-return]"));
        Assert.Null(document.QuerySelector("button[data-save-scope]"));
        Assert.Equal("AlreadyCancelled", document.QuerySelector("[data-reason]")!.GetAttribute("data-reason"));
    }

    [Fact]
    public async Task Post_RefundsOnce_WhenSubmittedTwice()
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, Agent);
        var token = await session.TokenAsync(Page);

        var first = await session.PostFormAsync(Page, Page, Confirmed(), tokenOverride: token);
        var (second, document) = await session.PostFormAsync(Page, Page, Confirmed(), tokenOverride: token);

        Assert.Equal(HttpStatusCode.Redirect, first.Response.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("This reservation has already been returned or exchanged, so nothing changed.", document.QuerySelector("#return-error")!.TextContent.Trim());
        Assert.Equal(1, await SiteData.RefundCountAsync(factory, ReservationData.Vm));
        Assert.Equal(1, await SiteData.OutboxCountAsync(factory, RefundIds.For(ReservationData.Vm)));
    }

    [Theory]
    [InlineData("en", "Confirm that the customer wants to return the reservation.")]
    [InlineData("vi", "Hãy xác nhận rằng khách hàng muốn trả lại đặt trước.")]
    [InlineData("sv", "Bekräfta att kunden vill returnera reservationen.")]
    public async Task Post_ShowsLocalizedErrorAndChangesNothing_WhenNotConfirmed(string culture, string message)
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, Agent);
        var path = $"/{culture}/reservations/{ReservationData.Vm}/return";

        var (response, document) = await session.PostFormAsync(path, path, new Dictionary<string, string> { ["Confirm"] = "false" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, document.QuerySelector("#confirm-error")!.TextContent.Trim());
        Assert.Equal(ReservationStatus.Active, (await ReservationData.FindAsync(factory, ReservationData.Vm)).Status);
        Assert.Equal(0, await SiteData.RefundCountAsync(factory, ReservationData.Vm));
    }

    [Fact]
    public async Task Post_IsNotFoundAndChangesNothing_WhenAnotherPartnersAgentForgesIt()
    {
        using var factory = new PartnerHelpFactory();
        await SiteUsers.CreateAsync(factory, "agent@contoso.example", "contoso", "AdminAgent");
        using var session = await SiteSession.StartAsync(factory, "agent@contoso.example");
        var token = await session.TokenAsync("/en/tickets/new");

        var (response, document) = await session.PostFormAsync(Page, Page, Confirmed(), tokenOverride: token);
        var (get, _) = await session.GetAsync($"/en/reservations/{ReservationData.Vm}");
        var (customer, _) = await session.GetAsync("/en/reservations/customers/c-tailspin");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Standard_D4s_v5", document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, customer.StatusCode);
        Assert.Equal(ReservationStatus.Active, (await ReservationData.FindAsync(factory, ReservationData.Vm)).Status);
        Assert.Equal(0, await SiteData.RefundCountAsync(factory, ReservationData.Vm));
    }

    [Fact]
    public async Task Post_IsForbiddenAndChangesNothing_WhenThePartnerMemberIsNotAnAgent()
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, "admin@contoso.example");
        var token = await session.TokenAsync("/en/tickets/new");

        var (response, _) = await session.PostFormAsync(Page, Page, Confirmed(), tokenOverride: token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await SiteData.RefundCountAsync(factory, ReservationData.Vm));
    }

    [Fact]
    public async Task Post_IsRefusedAndChangesNothing_WhenTheAntiforgeryTokenIsMissing()
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, Agent);

        var (response, _) = await session.PostFormAsync(Page, Page, Confirmed(), withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await SiteData.RefundCountAsync(factory, ReservationData.Vm));
    }
}
