namespace PartnerHelp.Core.Chat;

/// <summary>One training utterance: the site culture it is written in, the topic it asks about, the text.</summary>
public sealed record Utterance(string Language, ChatTopic Topic, string Text);
