namespace PartnerHelp.Web.Localization;

/// <summary>Marker for <c>Resources/ChatResource*.resx</c>: the help bot's answers, the chat panel and Direct Line errors.</summary>
public sealed class ChatResource;
