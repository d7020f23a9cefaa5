namespace PartnerHelp.Core.Accounts;

/// <summary>Who is asking: the facts about a signed-in user (or an anonymous visitor) that rules need.</summary>
public sealed record Requester(string? UserId, string? PartnerId, IReadOnlySet<string> Roles)
{
    /// <summary>An anonymous visitor.</summary>
    public static Requester Anonymous { get; } = new(null, null, new HashSet<string>());

    /// <summary>Whether the requester is signed in.</summary>
    public bool IsAuthenticated => UserId is not null;

    /// <summary>Whether the requester holds <paramref name="role"/> for <paramref name="partnerId"/>.</summary>
    public bool HoldsRoleFor(string partnerId, string role) =>
        PartnerId is not null && string.Equals(PartnerId, partnerId, StringComparison.Ordinal) && Roles.Contains(role);

    /// <summary>Whether the requester belongs to <paramref name="partnerId"/>.</summary>
    public bool BelongsTo(string partnerId) =>
        PartnerId is not null && string.Equals(PartnerId, partnerId, StringComparison.Ordinal);
}
