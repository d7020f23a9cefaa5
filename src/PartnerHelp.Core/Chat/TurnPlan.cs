namespace PartnerHelp.Core.Chat;

/// <summary>What the bot answers to one message, once the conversation's state is taken into account.</summary>
/// <param name="Topic">The topic to answer.</param>
/// <param name="Resource">The resource to answer about, or null for a general answer.</param>
/// <param name="Clarify">Two readings are too close: ask which one (<see cref="Choices"/>) instead of answering.</param>
/// <param name="Choices">The two readings to offer when <see cref="Clarify"/>.</param>
/// <param name="FromContext">Topic or resource came from earlier messages (a follow-up).</param>
public sealed record TurnPlan(ChatTopic Topic, NamedResource? Resource, bool Clarify, (ChatTopic First, ChatTopic Second) Choices, bool FromContext);
