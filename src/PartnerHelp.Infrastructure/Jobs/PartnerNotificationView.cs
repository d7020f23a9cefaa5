namespace PartnerHelp.Infrastructure.Jobs;

/// <summary>One in-app notification as a partner sees it: its kind, the order it is about and when it came.</summary>
public sealed record PartnerNotificationView(string Kind, string OrderId, DateTimeOffset CreatedAt);
