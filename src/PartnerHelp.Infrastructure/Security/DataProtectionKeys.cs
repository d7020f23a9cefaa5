using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace PartnerHelp.Infrastructure.Security;

/// <summary>The key ring's start-up check.</summary>
public static class DataProtectionKeys
{
    /// <summary>Longest friendly name stored ("key-" and a GUID is 40).</summary>
    public const int MaxFriendlyNameLength = 100;

    /// <summary>How long a key created at start-up protects new payloads (the framework's default).</summary>
    public static readonly TimeSpan KeyLifetime = TimeSpan.FromDays(90);

    /// <summary>
    /// Makes sure an active key exists before the first request. Run under the start-up lock, so nodes starting
    /// together on an empty database agree on one key instead of each creating its own.
    /// </summary>
    public static void EnsureActiveKey(IKeyManager keys, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(time);
        var now = time.GetUtcNow();
        var usable = keys.GetAllKeys().Any(k => !k.IsRevoked && k.ActivationDate <= now && k.ExpirationDate > now.AddDays(2));
        if (!usable)
        {
            keys.CreateNewKey(now, now + KeyLifetime);
        }
    }
}
