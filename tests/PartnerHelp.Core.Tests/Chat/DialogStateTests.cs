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

    [Fact]
    public void Decide_ContinuesTheLastTopic_WhenAShortMessageLeansBothWays()
    {
        // "and who can do it?" after a reservation answer: read alone a little more Help than Reservation.
        var state = new DialogState(ChatTopic.Reservation, null, DialogWait.Nothing, null, false);
        var reading = Scored("who can do it?", (ChatTopic.Help, 0.4f), (ChatTopic.Reservation, 0.2f), (ChatTopic.FollowUp, 0.1f));
        Assert.Equal(ChatTopic.Reservation, TurnDecision.Decide(reading, state, null).Topic);
    }

    [Fact]
    public void Decide_StartsANewSubject_WhenTheMessageClearlyHasOne()
    {
        var state = new DialogState(ChatTopic.Reservation, null, DialogWait.Nothing, null, false);
        var reading = Scored("how do I open a ticket?", (ChatTopic.SupportTicket, 0.8f), (ChatTopic.Reservation, 0.1f), (ChatTopic.FollowUp, 0.05f));
        Assert.Equal(ChatTopic.SupportTicket, TurnDecision.Decide(reading, state, null).Topic);
    }

    [Theory]
    [InlineData(0.7f, 0.2f, true)]
    [InlineData(0.9f, 0.05f, false)]
    public void OrderDecidesRefundTopic_WhenTheWeakerReadingStillCounts(float eligibility, float refund, bool torn)
    {
        var reading = Scored("refund of CT-1008 released?", (ChatTopic.OrderEligibility, eligibility), (ChatTopic.RefundStatus, refund), (ChatTopic.Help, 0.01f));
        var plan = TurnDecision.Decide(reading, DialogState.Empty, new NamedResource(NamedResourceKind.MembershipOrder, "CT-1008"));
        Assert.Equal(torn, RefundTopicRule.OrderDecides(reading, plan));
    }

    [Fact]
    public void OrderDecidesRefundTopic_ForEveryRefundQuestionAboutAnOrder()
    {
        // "where is my refund for CT-1001?": only the order knows whether there is a refund to report.
        var reading = Scored("where is my refund for CT-1001?", (ChatTopic.RefundStatus, 0.95f), (ChatTopic.OrderEligibility, 0.01f), (ChatTopic.Help, 0.01f));
        var plan = TurnDecision.Decide(reading, DialogState.Empty, new NamedResource(NamedResourceKind.MembershipOrder, "CT-1001"));
        Assert.True(RefundTopicRule.OrderDecides(reading, plan));
    }

    [Fact]
    public void OrderDecidesRefundTopic_NotRightAfterTheOrdersEligibility()
    {
        // "and the refund?" after the answer on CT-1001's eligibility asks about the refund, not the eligibility again.
        var reading = Scored("and the refund?", (ChatTopic.RefundStatus, 0.7f), (ChatTopic.FollowUp, 0.2f), (ChatTopic.Help, 0.01f));
        var after = new DialogState(ChatTopic.OrderEligibility, "CT-1001", DialogWait.Nothing, null, false);
        var plan = TurnDecision.Decide(reading, after, null);

        Assert.Equal((ChatTopic.RefundStatus, "CT-1001"), (plan.Topic, plan.Resource?.Id));
        Assert.False(RefundTopicRule.OrderDecides(reading, plan, after));
        Assert.True(RefundTopicRule.OrderDecides(reading, plan, after with { ResourceId = "CT-1003" }));
        Assert.True(RefundTopicRule.OrderDecides(reading, plan, after with { Topic = ChatTopic.RefundStatus }));
    }

    [Theory]
    [InlineData(ChatTopic.RefundStatus, 0.9f, 0.03f, true)]
    [InlineData(ChatTopic.RefundStatus, 0.6f, 0.2f, false)]
    [InlineData(ChatTopic.RefundStatus, 0.4f, 0.1f, false)]
    [InlineData(ChatTopic.OrderEligibility, 0.9f, 0.03f, false)]
    public void AsksOnlyForTheRefund_WhenTheEligibilityReadingIsFarAndLow(ChatTopic topic, float top, float eligibility, bool only)
    {
        // "where is my refund for CT-1003?" against "can I cancel CT-1001 and get my money back?" (torn between the two).
        var other = topic == ChatTopic.RefundStatus ? ChatTopic.OrderEligibility : ChatTopic.RefundStatus;
        var reading = Scored("refund?", (topic, top), (other, eligibility), (ChatTopic.Help, 0.01f));
        Assert.Equal(only, RefundTopicRule.AsksOnlyForTheRefund(reading));
    }

    // A reading with these probabilities (the rest shared out evenly); the first two are the topic and runner-up.
    private static ChatReading Scored(string question, params (ChatTopic Topic, float Score)[] scores)
    {
        var all = new float[Enum.GetValues<ChatTopic>().Length];
        var rest = (1f - scores.Sum(s => s.Score)) / (all.Length - scores.Length);
        Array.Fill(all, rest);
        foreach (var (topic, score) in scores)
        {
            all[(int)topic] = score;
        }

        return ChatReading.Empty with
        {
            Topic = scores[0].Topic, Confidence = scores[0].Score, RunnerUp = scores[1].Topic, RunnerUpConfidence = scores[1].Score,
            Question = question, Scores = all,
        };
    }

    private static ChatReading Reading(ChatTopic topic, float confidence, ChatTopic runnerUp, float runnerUpConfidence = 0.05f) =>
        ChatReading.Empty with { Topic = topic, Confidence = confidence, RunnerUp = runnerUp, RunnerUpConfidence = runnerUpConfidence };
}
