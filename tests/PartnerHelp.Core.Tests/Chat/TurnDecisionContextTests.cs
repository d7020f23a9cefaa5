using PartnerHelp.Core.Chat;

namespace PartnerHelp.Core.Tests.Chat;

/// <summary>
/// The conversation's weight in <see cref="TurnDecision"/>, on readings with set probabilities: the follow-up reading
/// goes to the message's own topic as well when that topic can be about the resource just discussed, and
/// the amount lookup's topic rule.
/// </summary>
public sealed class TurnDecisionContextTests
{
    private static readonly DialogState AfterOrderAnswer = new(ChatTopic.OrderEligibility, "CT-1005", DialogWait.Nothing, null, false);

    // A ticket about an incident stays a ticket; any other question naming one is a credit request (round 10).
    [Theory]
    [InlineData(ChatTopic.SupportTicket, ChatTopic.SupportTicket)]
    [InlineData(ChatTopic.CreditRequest, ChatTopic.CreditRequest)]
    [InlineData(ChatTopic.OrderEligibility, ChatTopic.CreditRequest)]
    [InlineData(ChatTopic.RefundStatus, ChatTopic.CreditRequest)]
    public void Decide_KeepsATicketAboutANamedIncident_AndReadsOtherQuestionsAsCreditRequests(ChatTopic read, ChatTopic answered)
    {
        var incident = ResourceIds.Find("INC-7001") is [{ } only] ? only.Resource : null;

        var plan = TurnDecision.Decide(Reading((read, 0.7f), (ChatTopic.Help, 0.1f)), DialogState.Empty, incident);

        Assert.Equal((answered, "INC-7001"), (plan.Topic, plan.Resource?.Id));
    }

    [Fact]
    public void Decide_TakesTheRememberedIncident_ForATicketQuestionAfterItsCreditAnswer()
    {
        var state = new DialogState(ChatTopic.CreditRequest, "INC-7001", DialogWait.Nothing, null, false);

        var plan = TurnDecision.Decide(Reading((ChatTopic.SupportTicket, 0.6f), (ChatTopic.FollowUp, 0.2f)), state, null);

        Assert.Equal((ChatTopic.SupportTicket, "INC-7001"), (plan.Topic, plan.Resource?.Id));
    }

    [Fact]
    public void Decide_KeepsTheOwnTopic_WhenItCanBeAboutTheRememberedOrder()
    {
        var plan = TurnDecision.Decide(Reading((ChatTopic.SupportTicket, 0.45f), (ChatTopic.FollowUp, 0.35f), (ChatTopic.OrderEligibility, 0.05f)), AfterOrderAnswer, null);

        Assert.Equal((ChatTopic.SupportTicket, "CT-1005"), (plan.Topic, plan.Resource?.Id));
    }

    [Fact]
    public void Decide_ContinuesTheLastTopic_WhenTheOwnTopicCannotBeAboutTheRememberedOrder()
    {
        var plan = TurnDecision.Decide(Reading((ChatTopic.MembershipCriteria, 0.45f), (ChatTopic.FollowUp, 0.35f), (ChatTopic.OrderEligibility, 0.05f)), AfterOrderAnswer, null);

        Assert.Equal((ChatTopic.OrderEligibility, "CT-1005"), (plan.Topic, plan.Resource?.Id));
    }

    [Fact]
    public void Decide_TakesAStrongRunnerUp_OfAFollowUpReading_AboutTheRememberedOrder()
    {
        var plan = TurnDecision.Decide(Reading((ChatTopic.FollowUp, 0.5f), (ChatTopic.RefundStatus, 0.4f), (ChatTopic.OrderEligibility, 0.05f)), AfterOrderAnswer, null);

        Assert.Equal((ChatTopic.RefundStatus, "CT-1005"), (plan.Topic, plan.Resource?.Id));
    }

    [Theory]
    [InlineData(ChatTopic.RefundStatus, 0.15f)]
    [InlineData(ChatTopic.RefundStatus, 0.25f)]
    [InlineData(ChatTopic.Help, 0.4f)]
    public void Decide_ContinuesTheLastTopic_ForAFollowUpReading_WithAWeakOrHelpRunnerUp(ChatTopic runnerUp, float score)
    {
        var plan = TurnDecision.Decide(Reading((ChatTopic.FollowUp, 0.55f), (runnerUp, score), (ChatTopic.OrderEligibility, 0.05f)), AfterOrderAnswer, null);

        Assert.Equal((ChatTopic.OrderEligibility, "CT-1005"), (plan.Topic, plan.Resource?.Id));
    }

    [Fact]
    public void Decide_WeighsTheLastTopicTwice_AfterAnAnswerAboutOneSubscription()
    {
        var afterSubscription = new DialogState(ChatTopic.CspSubscription, "NW-SUB-1002", DialogWait.Nothing, null, false);
        var reading = Reading((ChatTopic.MembershipCriteria, 0.5f), (ChatTopic.FollowUp, 0.2f), (ChatTopic.CspSubscription, 0.05f));

        var plan = TurnDecision.Decide(reading, afterSubscription, null);
        var general = TurnDecision.Decide(reading, afterSubscription with { ResourceId = null }, null);

        Assert.Equal((ChatTopic.CspSubscription, "NW-SUB-1002"), (plan.Topic, plan.Resource?.Id));
        Assert.Equal(ChatTopic.MembershipCriteria, general.Topic);
    }

    [Theory]
    [InlineData(ChatTopic.StoreOrder, "SO-5001", ChatTopic.MembershipHowToCancel)]
    [InlineData(ChatTopic.StoreOrder, "SO-5001-2", ChatTopic.OrderEligibility)]
    [InlineData(ChatTopic.CspSubscription, "NW-SUB-1002", ChatTopic.MembershipHowToCancel)]
    public void Decide_ReadsCancellingWords_AsAboutTheStoreOrderOrSubscriptionJustDiscussed(ChatTopic last, string id, ChatTopic read)
    {
        var state = new DialogState(last, id, DialogWait.Nothing, null, false);

        var plan = TurnDecision.Decide(Reading((read, 0.6f), (ChatTopic.FollowUp, 0.1f)), state, null);

        Assert.Equal((last, id), (plan.Topic, plan.Resource?.Id));
    }

    [Fact]
    public void Decide_ReadsCancellingWords_AsAboutStoreOrders_AfterAGeneralStoreAnswer()
    {
        var state = new DialogState(ChatTopic.StoreOrder, null, DialogWait.Nothing, null, false);

        var plan = TurnDecision.Decide(Reading((ChatTopic.MembershipHowToCancel, 0.6f), (ChatTopic.StoreOrder, 0.2f)), state, null);

        Assert.Equal((ChatTopic.StoreOrder, (string?)null), (plan.Topic, plan.Resource?.Id));
    }

    [Fact]
    public void Decide_KeepsHowToCancel_WhenTheMessageClearlyNamesAMembership_AfterAStoreAnswer()
    {
        var state = new DialogState(ChatTopic.StoreOrder, "SO-5001", DialogWait.Nothing, null, false);

        var plan = TurnDecision.Decide(Reading((ChatTopic.MembershipHowToCancel, 0.97f), (ChatTopic.FollowUp, 0.01f)), state, null);

        Assert.Equal((ChatTopic.MembershipHowToCancel, (string?)null), (plan.Topic, plan.Resource?.Id));
    }

    [Fact]
    public void Decide_KeepsHowToCancel_WhenTheLastAnswerWasAboutAMembershipOrder()
    {
        var plan = TurnDecision.Decide(Reading((ChatTopic.MembershipHowToCancel, 0.6f), (ChatTopic.FollowUp, 0.1f)), AfterOrderAnswer, null);

        Assert.Equal(ChatTopic.MembershipHowToCancel, plan.Topic);
    }

    [Fact]
    public void Decide_KeepsHowToCancel_WhenTheStoreOrderWasDiscussedBeforeAnotherTopic()
    {
        var state = new DialogState(ChatTopic.MembershipCriteria, "SO-5001", DialogWait.Nothing, null, false);

        var plan = TurnDecision.Decide(Reading((ChatTopic.MembershipHowToCancel, 0.6f), (ChatTopic.FollowUp, 0.1f)), state, null);

        Assert.Equal((ChatTopic.MembershipHowToCancel, (string?)null), (plan.Topic, plan.Resource?.Id));
    }

    [Theory]
    [InlineData(ChatTopic.SupportTicket, 0.04f, ChatTopic.Help)] // "¿cómo funciona esto?" in a new conversation
    [InlineData(ChatTopic.Help, 0.34f, ChatTopic.Help)]
    [InlineData(ChatTopic.RefundStatus, 0.4f, ChatTopic.RefundStatus)] // a runner-up with weight of its own is taken
    [InlineData(ChatTopic.FollowUp, 0.1f, ChatTopic.None)]
    public void Decide_ReadsAFollowUpWithNothingBeforeIt_AsAboutTheBot_UnlessItsRunnerUpWeighs(ChatTopic runnerUp, float score, ChatTopic expected)
    {
        var plan = TurnDecision.Decide(Reading((ChatTopic.FollowUp, 0.5f), (runnerUp, score)), DialogState.Empty, null);

        Assert.Equal(expected, plan.Topic);
    }

    [Fact]
    public void Decide_StillAnswersTheNamedOrder_ForAFollowUpWithNothingBeforeIt()
    {
        var named = ResourceIds.Find("CT-1002")[0].Resource;

        var plan = TurnDecision.Decide(Reading((ChatTopic.FollowUp, 0.5f), (ChatTopic.SupportTicket, 0.05f)), DialogState.Empty, named);

        Assert.Equal((ChatTopic.OrderEligibility, "CT-1002"), (plan.Topic, plan.Resource?.Id));
    }

    [Theory]
    [InlineData(ChatTopic.CreditRequest, NamedResourceKind.MembershipOrder, false)]
    [InlineData(ChatTopic.CreditRequest, NamedResourceKind.Incident, true)]
    [InlineData(ChatTopic.StoreOrder, NamedResourceKind.CspSubscription, false)]
    [InlineData(ChatTopic.StoreOrder, NamedResourceKind.StoreOrderItem, true)]
    [InlineData(ChatTopic.RefundStatus, NamedResourceKind.MembershipOrder, true)]
    [InlineData(ChatTopic.MembershipCriteria, NamedResourceKind.MembershipOrder, true)]
    public void CanBeAbout_LimitsTheOtherPathsToTheirOwnKinds(ChatTopic topic, NamedResourceKind kind, bool expected) =>
        Assert.Equal(expected, TurnDecision.CanBeAbout(topic, kind));

    private static ChatReading Reading(params (ChatTopic Topic, float Score)[] scores)
    {
        var all = new float[Enum.GetValues<ChatTopic>().Length];
        foreach (var (topic, score) in scores)
        {
            all[(int)topic] = score;
        }

        return new ChatReading(scores[0].Topic, scores[0].Score, scores[1].Topic, scores[1].Score, "en", [], [], [], [], "and then?", all);
    }
}
