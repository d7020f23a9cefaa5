namespace PartnerHelp.Infrastructure.Security;

/// <summary>
/// One ASP.NET Core data protection key (its XML element as the key manager wrote it), kept in the
/// application's database so every node and every restart unprotects the same cookies and tokens.
/// </summary>
public sealed class DataProtectionKeyRecord
{
    /// <summary>Longest friendly name stored ("key-" and a GUID is 40).</summary>
    public const int MaxFriendlyNameLength = 100;

    /// <summary>The key manager's name for the element ("key-{id}" or "revocation-{date}"); unique.</summary>
    public required string FriendlyName { get; init; }

    /// <summary>The element's XML.</summary>
    public required string Xml { get; init; }

    /// <summary>When this node stored it.</summary>
    public DateTimeOffset StoredAt { get; init; }
}
