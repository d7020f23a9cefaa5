using PartnerHelp.Web.Bot.Dialog;

namespace PartnerHelp.Web.Tests.Bot.Evaluation;

public sealed class BotEvaluatorScoringTests
{
    [Fact]
    public void OtherPartnerRow_IsRight_OnTheUnknownIdAnswer()
    {
        var reply = Reply("OrderEligibility", "FB-2001") with { Found = false };

        Assert.True(BotEvaluator.Score(Row("admin@contoso.example", "FB-2001"), reply).Right);
        Assert.True(BotEvaluator.Score(Row(null, "FB-2001"), reply).Right);
    }

    [Fact]
    public void OtherPartnerRow_OfAnAnonymousVisitor_IsRight_OnTheSignInAnswerForThatId()
    {
        // The sign-in answer names the id back and carries no outcome, no reasons, nothing found.
        var signIn = Reply("OrderEligibility", "CT-9999");

        Assert.True(BotEvaluator.Score(Row(null, "CT-9999"), signIn).Right);
        Assert.False(BotEvaluator.Score(Row("admin@fabrikam.example", "CT-9999"), signIn).Right);
        Assert.False(BotEvaluator.Score(Row(null, "CT-9999"), Reply("MembershipCriteria", null)).Right);
        Assert.False(BotEvaluator.Score(Row(null, "CT-1001"), Reply("OrderEligibility", "CT-1001", "SelfServeCancel")).Right);
    }

    private static EvaluationRow Row(string? user, string resource) =>
        new("en-001", "en", user, [], $"why can't I cancel {resource}?", "OrderEligibility", resource, ["other-partner"]);

    private static BotReply Reply(string topic, string? resource, string? outcome = null) =>
        new("…", "en", [], [], topic, resource, outcome) { Found = outcome is null ? null : true };
}
