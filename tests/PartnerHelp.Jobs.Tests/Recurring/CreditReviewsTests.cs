using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Core.CreditRequests;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Jobs.Notifications;
using PartnerHelp.Jobs.Recurring;

namespace PartnerHelp.Jobs.Tests.Recurring;

public sealed class CreditReviewsTests
{
    private static readonly Dictionary<string, string?> Delays = new()
    {
        ["Jobs:CreditReviewDelay"] = "00:10:00",
        ["Jobs:CreditDecisionDelay"] = "02:00:00",
    };

    [Fact]
    public async Task RunAsync_MovesAClaimToUnderReviewThenApproved_OnlyAfterEachConfiguredDelay()
    {
        await using var bed = await JobsTestBed.CreateAsync(new Dictionary<string, string?>(Delays));
        await IncidentAsync(bed, "INC-1", "Tailspin Toys", ageDays: 3);
        await ClaimAsync(bed, "CR-1", "INC-1", "Tailspin Toys", ageDays: 3);

        var steps = new List<(int Moved, CreditRequestStatus Status)>();
        foreach (var wait in new[] { TimeSpan.Zero, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(1), TimeSpan.Zero, TimeSpan.FromMinutes(119), TimeSpan.FromMinutes(1), TimeSpan.FromDays(1) })
        {
            bed.Clock.Advance(wait);
            steps.Add((await RunAsync(bed), (await ClaimAsync(bed, "CR-1")).Status));
        }

        Assert.Equal(
            [(0, CreditRequestStatus.Submitted), (0, CreditRequestStatus.Submitted), (1, CreditRequestStatus.UnderReview), (0, CreditRequestStatus.UnderReview),
             (0, CreditRequestStatus.UnderReview), (1, CreditRequestStatus.Approved), (0, CreditRequestStatus.Approved)],
            steps);
        var claim = await ClaimAsync(bed, "CR-1");
        Assert.Equal(JobsTestBed.Start.AddMinutes(10), claim.ReviewStartedAt);
        Assert.Equal(JobsTestBed.Start.AddMinutes(130), claim.DecidedAt);
        Assert.Null(claim.DecisionReason);
        var notices = await NoticesAsync(bed);
        Assert.Equal([NotificationKinds.CreditRequestUnderReview, NotificationKinds.CreditRequestApproved], notices.Select(n => n.Kind));
        Assert.All(notices, n => Assert.Equal(("CR-1", "sv"), (n.Subject, n.Culture)));
        var mail = await File.ReadAllTextAsync(Path.Combine(bed.MailFolder, notices[1].EmailFile!));
        Assert.Contains("To: admin@contoso.example, agent@contoso.example", mail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "Tailspin Toys", 3, CreditDecisionReason.NoRecordedIncident)]
    [InlineData("INC-404", "Tailspin Toys", 3, CreditDecisionReason.NoRecordedIncident)]
    [InlineData("INC-1", "Litware", 3, CreditDecisionReason.CustomerNotAffected)]
    [InlineData("INC-1", "Tailspin Toys", 4, CreditDecisionReason.IncidentDateMismatch)]
    public async Task RunAsync_RejectsWithTheReason_WhenTheClaimDoesNotMatchTheRecordedIncident(string? incidentId, string customer, int claimedAgeDays, CreditDecisionReason expected)
    {
        await using var bed = await JobsTestBed.CreateAsync(new Dictionary<string, string?>(Delays));
        await IncidentAsync(bed, "INC-1", "Tailspin Toys", ageDays: 3);
        await ClaimAsync(bed, "CR-2", incidentId, customer, claimedAgeDays);

        bed.Clock.Advance(TimeSpan.FromMinutes(10));
        await RunAsync(bed);
        bed.Clock.Advance(TimeSpan.FromHours(2));
        await RunAsync(bed);

        var claim = await ClaimAsync(bed, "CR-2");
        Assert.Equal((CreditRequestStatus.Rejected, expected), (claim.Status, claim.DecisionReason));
        Assert.Equal(NotificationKinds.CreditRequestRejected, (await NoticesAsync(bed)).Last().Kind);
    }

    [Fact]
    public async Task RunAsync_SendsEachNoticeOnce_WhenAFailedRunLeftItsMailBehind()
    {
        await using var bed = await JobsTestBed.CreateAsync(new Dictionary<string, string?>(Delays));
        await IncidentAsync(bed, "INC-1", "Tailspin Toys", ageDays: 3);
        await ClaimAsync(bed, "CR-3", "INC-1", "Tailspin Toys", ageDays: 3);
        bed.Clock.Advance(TimeSpan.FromMinutes(10));

        // A run that wrote the under-review mail and died before committing: the claim is still Submitted.
        await bed.InScopeAsync(async s =>
        {
            var claim = await s.GetRequiredService<PartnerHelpDbContext>().CreditRequests.SingleAsync(r => r.Id == "CR-3");
            claim.MoveTo(CreditRequestStatus.UnderReview, bed.Clock.GetUtcNow());
            return await s.GetRequiredService<RefundNotifier>().PrepareAsync(NotificationKinds.CreditRequestUnderReview, claim.Id, claim.PartnerId, null, claim.SubmittedBy,
                (partner, culture) => s.GetRequiredService<IRefundMessages>().CreditRequestStatusChanged(claim, partner, culture), CancellationToken.None);
        });

        Assert.Equal(1, await RunAsync(bed));
        Assert.Equal(0, await RunAsync(bed));

        Assert.Equal(CreditRequestStatus.UnderReview, (await ClaimAsync(bed, "CR-3")).Status);
        Assert.Single(await NoticesAsync(bed));
        Assert.Single(Directory.GetFiles(bed.MailFolder, "*.eml"));
    }

    private static Task<int> RunAsync(JobsTestBed bed) =>
        bed.InScopeAsync(s => s.GetRequiredService<CreditReviews>().RunAsync(CancellationToken.None));

    private static Task<int> IncidentAsync(JobsTestBed bed, string id, string customer, int ageDays) => bed.InScopeAsync(async s =>
    {
        var db = s.GetRequiredService<PartnerHelpDbContext>();
        db.ServiceIncidents.Add(new ServiceIncident(id, "contoso", customer, Day(bed, ageDays), "Mailbox outage"));
        return await db.SaveChangesAsync();
    });

    private static Task<int> ClaimAsync(JobsTestBed bed, string id, string? incidentId, string customer, int ageDays) => bed.InScopeAsync(async s =>
    {
        var db = s.GetRequiredService<PartnerHelpDbContext>();
        db.CreditRequests.Add(new CreditRequest(id, "contoso", incidentId, customer, Day(bed, ageDays), CreditCategory.ServiceIncident, "Mail was down", "Please credit us",
            "form.pdf", "application/pdf", 1024, "agent@contoso.example", bed.Clock.GetUtcNow()));
        return await db.SaveChangesAsync();
    });

    private static Task<CreditRequest> ClaimAsync(JobsTestBed bed, string id) =>
        bed.InScopeAsync(s => s.GetRequiredService<PartnerHelpDbContext>().CreditRequests.AsNoTracking().SingleAsync(r => r.Id == id));

    private static Task<List<PartnerNotification>> NoticesAsync(JobsTestBed bed) =>
        bed.InScopeAsync(s => s.GetRequiredService<PartnerHelpDbContext>().PartnerNotifications.AsNoTracking().OrderBy(n => n.CreatedAt).ToListAsync());

    private static DateOnly Day(JobsTestBed bed, int ageDays) => DateOnly.FromDateTime(bed.Clock.GetUtcNow().UtcDateTime).AddDays(-ageDays);
}
