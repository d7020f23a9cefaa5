using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Core.CreditRequests;
using PartnerHelp.Infrastructure.RefundPaths;
using PartnerHelp.Testing;
using PartnerHelp.Web.Tests.Bot;
using PartnerHelp.Web.Tests.Testing;

namespace PartnerHelp.Web.Tests.Jobs;

/// <summary>The recurring credit review in the running site: a filed claim is decided, and the page shows its status, history and notices.</summary>
public sealed class CreditReviewPageTests
{
    [Fact]
    public async Task FiledClaim_IsApprovedByTheJob_AndThePageShowsItsHistoryAndNotices()
    {
        await using var factory = JobsSite.Create(s =>
        {
            s["Jobs:CreditReviewCron"] = "* * * * * ?";
            s["Jobs:CreditReviewDelay"] = "00:00:00";
            s["Jobs:CreditDecisionDelay"] = "00:00:00";
        });
        using var session = await SiteSession.StartAsync(factory, "agent@northwind.example");
        var reference = await FileForDemoIncidentAsync(factory);

        await JobsSite.WaitForAsync(factory, db => db.CreditRequests.AnyAsync(r => r.Id == reference && r.Status == CreditRequestStatus.Approved), "the claim to be approved");

        var (response, document) = await session.GetAsync("/sv/credit-requests");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = document.QuerySelector($"[data-credit-request='{reference}']")!;
        Assert.Equal("Godkänd", row.QuerySelector("[data-status]")!.TextContent.Trim());
        Assert.Equal(["Submitted", "UnderReview", "Approved"], row.QuerySelectorAll("[data-history-status]").Select(e => e.GetAttribute("data-history-status")));
        Assert.StartsWith("Godkänd ", row.QuerySelector("[data-history-status='Approved']")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal($"Kreditbegäran {reference} är godkänd.", document.QuerySelector($"[data-notification='CreditRequestApproved'][data-credit-request-ref='{reference}']")!.TextContent.Split(':', 2)[1].Trim());
        Assert.True(File.Exists(Path.Combine(factory.DataFolder, "mail-pickup", $"CreditRequestApproved-{reference}.eml")));
    }

    private static async Task<string> FileForDemoIncidentAsync(PartnerHelpFactory factory)
    {
        var requester = await DemoRequesters.ForAsync(factory.Services, "agent@northwind.example");
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Infrastructure.Persistence.PartnerHelpDbContext>();
        var incident = await db.ServiceIncidents.AsNoTracking().SingleAsync(i => i.Id == "INC-7001");
        var result = await scope.ServiceProvider.GetRequiredService<CreditRequestService>().SubmitAsync(new CreditRequestSubmission(
            incident.Id, incident.CustomerName, incident.OccurredOn, CreditCategory.ServiceIncident, "Mailboxes were down for six hours.",
            "Please credit us for the outage.", "form.pdf", "application/pdf", [.. "%PDF-1.7\n"u8, .. new byte[300]]), requester);
        Assert.Equal(PathActionStatus.Done, result.Status);
        return result.Reference!;
    }
}
