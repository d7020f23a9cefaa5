using System.Globalization;
using PartnerHelp.Core.CreditRequests;
using PartnerHelp.Core.Eligibility;
using PartnerHelp.Core.Tests.Eligibility;

namespace PartnerHelp.Core.Tests.CreditRequests;

public sealed class CreditRequestRulesTests
{
    [Theory]
    [InlineData("2026-02-15", "2026-03-31")]
    [InlineData("2026-02-01", "2026-03-31")]
    [InlineData("2027-01-31", "2027-02-28")]
    [InlineData("2028-01-31", "2028-02-29")]
    [InlineData("2026-12-31", "2027-01-31")]
    [InlineData("2026-11-30", "2026-12-31")]
    public void DeadlineFor_IsTheLastDayOfTheCalendarMonthAfterTheIncident(string incident, string deadline) =>
        Assert.Equal(Day(deadline), CreditRequestDraft.DeadlineFor(Day(incident)));

    [Theory]
    [InlineData("2026-03-31", false)]
    [InlineData("2026-04-01", true)]
    public void Evaluate_AcceptsOnTheDeadlineAndRefusesTheDayAfter(string filed, bool late)
    {
        var result = Evaluate(Draft("2026-02-15"), filed);

        Assert.Equal(late, result.Has(ReasonCode.CreditRequestDeadlinePassed));
        Assert.Equal(late ? EligibilityOutcome.NotEligible : EligibilityOutcome.SelfServeCancel, result.Outcome);
    }

    [Fact]
    public void Evaluate_ListsEveryMissingPiece_WhenTheClaimIsIncompleteAndLate()
    {
        var draft = Draft("2026-01-10") with { HasCreditRequestForm = false, HasCustomerWrittenRequest = false };

        var result = Evaluate(draft, "2026-05-01");

        Assert.Equal(
            [ReasonCode.CreditRequestDeadlinePassed, ReasonCode.CreditRequestFormMissing, ReasonCode.CustomerWrittenRequestMissing],
            result.Reasons.Select(r => r.Code));
        Assert.Equal(new DateOnly(2026, 2, 28), result.Reasons[0].Facts.LastDayInWindow);
    }

    [Fact]
    public void Evaluate_PointsAzureServiceCreditsToTheirOwnRoute()
    {
        var result = Evaluate(Draft("2026-03-01") with { Category = CreditCategory.AzureServiceCredit }, "2026-03-05");

        var reason = Assert.Single(result.Reasons);
        Assert.Equal((ReasonCode.AzureServiceCreditElsewhere, Remedy.UseAnotherRoute), (reason.Code, reason.Remedy));
    }

    [Fact]
    public void Evaluate_RefusesAnIncidentInTheFuture()
    {
        var result = Evaluate(Draft("2026-03-20"), "2026-03-05");

        Assert.Equal([ReasonCode.DateInFuture], result.Reasons.Select(r => r.Code));
    }

    [Fact]
    public void Evaluate_RefusesAnIndirectResellerAndAUserWithoutAnAgentRole()
    {
        var result = Requesters.Service(At("2026-03-05"), new CreditRequestRules()).Evaluate(Draft("2026-03-01"), Requesters.Reseller, Requesters.PlainUser);

        Assert.Equal([ReasonCode.NotCspProviderPartner, ReasonCode.NotCspAgent], result.Reasons.Select(r => r.Code));
    }

    private static CreditRequestDraft Draft(string incident) =>
        new("CR-1", "northwind", Day(incident), CreditCategory.LicenseBilling, HasCreditRequestForm: true, HasCustomerWrittenRequest: true);

    private static EligibilityResult Evaluate(CreditRequestDraft draft, string filed) =>
        Requesters.Service(At(filed), new CreditRequestRules()).Evaluate(draft, Requesters.Northwind, Requesters.SalesAgent);

    private static DateOnly Day(string value) => DateOnly.Parse(value, CultureInfo.InvariantCulture);

    private static DateTimeOffset At(string day) => new(Day(day).ToDateTime(new TimeOnly(23, 0)), TimeSpan.Zero);
}
