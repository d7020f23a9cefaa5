using PartnerHelp.Core.Chat;

namespace PartnerHelp.Core.Tests.Chat;

public sealed class DialogStateTests
{
    [Theory]
    [InlineData(ChatTopic.OrderEligibility, "CT-1005")]
    [InlineData(ChatTopic.Reservation, "6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f")]
    [InlineData(ChatTopic.CreditRequest, "CR-20261121-ABC234")]
    [InlineData(null, null)]
    public void Encode_RoundTrips_WithinTheColumn(ChatTopic? topic, string? resource)
    {
        var state = new DialogState(topic, resource, DialogWait.Clarify, (ChatTopic.RefundStatus, ChatTopic.MembershipCriteria), true);
        var encoded = state.Encode();
        Assert.True(encoded.Length <= DialogState.MaxLength);
        Assert.Equal(state, DialogState.Parse(encoded));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("WhyCancelDisabled")]
    [InlineData("zz??0")]
    public void Parse_StartsOver_OnAnythingUnreadable(string? stored) => Assert.Equal(DialogState.Empty, DialogState.Parse(stored));

    [Fact]
    public void Decide_ContinuesTheLastOrder_ForAFollowUp()
    {
        var state = new DialogState(ChatTopic.OrderEligibility, "CT-1005", DialogWait.Nothing, null, false);
        var plan = TurnDecision.Decide(Reading(ChatTopic.FollowUp, 0.9f, ChatTopic.SupportTicket), state, null);
        Assert.Equal(ChatTopic.OrderEligibility, plan.Topic);
        Assert.Equal("CT-1005", plan.Resource?.Id);
    }

    [Fact]
    public void Decide_LetsTheIdsKindDecide_ForAnotherPath()
    {
        var plan = TurnDecision.Decide(Reading(ChatTopic.MembershipCriteria, 0.8f, ChatTopic.RefundStatus), DialogState.Empty, new NamedResource(NamedResourceKind.CspSubscription, "NW-SUB-1002"));
        Assert.Equal(ChatTopic.CspSubscription, plan.Topic);
    }

    [Fact]
    public void Decide_AsksWhichOne_WhenTwoReadingsAreClose()
    {
        var plan = TurnDecision.Decide(Reading(ChatTopic.RefundStatus, 0.38f, ChatTopic.MembershipCriteria, 0.35f), DialogState.Empty, null);
        Assert.True(plan.Clarify);
        Assert.Equal((ChatTopic.RefundStatus, ChatTopic.MembershipCriteria), plan.Choices);
    }

    [Fact]
    public void Decide_DoesNotCarryAnOrder_IntoAGeneralQuestion()
    {
        var state = new DialogState(ChatTopic.OrderEligibility, "CT-1005", DialogWait.Nothing, null, false);
        var plan = TurnDecision.Decide(Reading(ChatTopic.MembershipCriteria, 0.9f, ChatTopic.RefundStatus), state, null);
        Assert.Equal(ChatTopic.MembershipCriteria, plan.Topic);
        Assert.Null(plan.Resource);
    }

    private static ChatReading Reading(ChatTopic topic, float confidence, ChatTopic runnerUp, float runnerUpConfidence = 0.05f) =>
        ChatReading.Empty with { Topic = topic, Confidence = confidence, RunnerUp = runnerUp, RunnerUpConfidence = runnerUpConfidence };
}
