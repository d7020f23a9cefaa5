using PartnerHelp.Core.CreditRequests;

namespace PartnerHelp.Core.Tests.CreditRequests;

public sealed class CreditReviewPolicyTests
{
    private static readonly DateOnly IncidentDay = new(2026, 2, 15);

    private static readonly ServiceIncident Incident = new("INC-1", "northwind", "Tailspin Toys", IncidentDay, "Mailbox outage");

    public static TheoryData<string, string?, string, DateOnly, DateTimeOffset, CreditDecisionReason?> Claims => new()
    {
        // partner, incident, customer, claimed day, filed at → decision (null = approved)
        { "northwind", "INC-1", "Tailspin Toys", IncidentDay, new(2026, 2, 16, 9, 0, 0, TimeSpan.Zero), null },
        { "northwind", "INC-1", "  tailspin toys ", IncidentDay, new(2026, 3, 31, 23, 59, 0, TimeSpan.Zero), null },
        { "northwind", "INC-1", "Tailspin Toys", IncidentDay, new(2026, 4, 1, 0, 0, 0, TimeSpan.Zero), CreditDecisionReason.FiledAfterDeadline },
        { "northwind", null, "Tailspin Toys", IncidentDay, new(2026, 2, 16, 9, 0, 0, TimeSpan.Zero), CreditDecisionReason.NoRecordedIncident },
        { "northwind", "INC-2", "Tailspin Toys", IncidentDay, new(2026, 2, 16, 9, 0, 0, TimeSpan.Zero), CreditDecisionReason.NoRecordedIncident },
        { "contoso", "INC-1", "Tailspin Toys", IncidentDay, new(2026, 2, 16, 9, 0, 0, TimeSpan.Zero), CreditDecisionReason.NoRecordedIncident },
        { "northwind", "INC-1", "Litware", IncidentDay, new(2026, 2, 16, 9, 0, 0, TimeSpan.Zero), CreditDecisionReason.CustomerNotAffected },
        { "northwind", "INC-1", "Tailspin Toys", IncidentDay.AddDays(-1), new(2026, 2, 16, 9, 0, 0, TimeSpan.Zero), CreditDecisionReason.IncidentDateMismatch },
        { "northwind", "INC-1", "Litware", IncidentDay.AddDays(-1), new(2026, 5, 1, 9, 0, 0, TimeSpan.Zero), CreditDecisionReason.CustomerNotAffected },
    };

    [Theory]
    [MemberData(nameof(Claims))]
    public void Decide_ApprovesOnlyAClaimThatMatchesTheRecordedIncidentInTime(string partnerId, string? incidentId, string customer, DateOnly claimedDay, DateTimeOffset filedAt, CreditDecisionReason? expected)
    {
        var claim = new CreditRequest("CR-1", partnerId, incidentId, customer, claimedDay, CreditCategory.ServiceIncident, "Outage", "Please credit", "f.pdf", "application/pdf", 10, "agent", filedAt);

        Assert.Equal(expected, CreditReviewPolicy.Decide(claim, incidentId == "INC-1" ? Incident : null));
    }

    [Fact]
    public void MoveTo_RecordsTheHistory_AndRefusesSkippingOrReasonlessRejection()
    {
        var at = new DateTimeOffset(2026, 2, 16, 9, 0, 0, TimeSpan.Zero);
        var claim = new CreditRequest("CR-1", "northwind", "INC-1", "Tailspin Toys", IncidentDay, CreditCategory.ServiceIncident, "Outage", "Please credit", "f.pdf", "application/pdf", 10, "agent", at);

        Assert.Throws<InvalidOperationException>(() => claim.MoveTo(CreditRequestStatus.Approved, at));
        claim.MoveTo(CreditRequestStatus.UnderReview, at.AddHours(1));
        Assert.Throws<ArgumentException>(() => claim.MoveTo(CreditRequestStatus.Rejected, at.AddHours(2)));
        Assert.Throws<ArgumentException>(() => claim.MoveTo(CreditRequestStatus.Approved, at.AddHours(2), CreditDecisionReason.CustomerNotAffected));
        claim.MoveTo(CreditRequestStatus.Rejected, at.AddHours(2), CreditDecisionReason.CustomerNotAffected);

        Assert.Equal((at.AddHours(1), at.AddHours(2), CreditDecisionReason.CustomerNotAffected), (claim.ReviewStartedAt, claim.DecidedAt, claim.DecisionReason));
    }
}
