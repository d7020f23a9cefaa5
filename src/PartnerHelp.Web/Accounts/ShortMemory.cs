using System.Collections.Concurrent;

namespace PartnerHelp.Web.Accounts;

/// <summary>
/// Remembers values that are costly to compute and safe to reuse for a short while (an unprotected sign-in cookie, a
/// session's antiforgery tokens). Entries live <see cref="Lifetime"/>; when <see cref="Capacity"/> entries are held the
/// memory is cleared, so it stays bounded whatever the traffic.
/// </summary>
public sealed class ShortMemory<TKey, TValue>(TimeProvider time) where TKey : notnull
{
    /// <summary>How long an entry is remembered.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    /// <summary>Entries remembered at most.</summary>
    public const int Capacity = 4096;

    private readonly ConcurrentDictionary<TKey, (TValue Value, DateTimeOffset Until)> _entries = new();

    /// <summary>The value remembered for <paramref name="key"/>, if it is still fresh.</summary>
    public bool TryRecall(TKey key, out TValue value)
    {
        if (_entries.TryGetValue(key, out var known) && known.Until > time.GetUtcNow())
        {
            value = known.Value;
            return true;
        }

        value = default!;
        return false;
    }

    /// <summary>Remembers <paramref name="value"/> for <paramref name="key"/> for <see cref="Lifetime"/>.</summary>
    public void Remember(TKey key, TValue value)
    {
        if (_entries.Count >= Capacity)
        {
            _entries.Clear();
        }

        _entries[key] = (value, time.GetUtcNow() + Lifetime);
    }
}
