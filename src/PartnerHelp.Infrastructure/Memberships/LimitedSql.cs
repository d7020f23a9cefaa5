using System.Collections.Concurrent;
using System.Globalization;

namespace PartnerHelp.Infrastructure.Memberships;

/// <summary>
/// A statement whose LIMIT is written into its text as a number rather than bound: one text per limit, built once. SQLite
/// plans a query with its bound LIMIT's value, so it compiles a prepared statement again on the first step after that
/// parameter is bound again, which Microsoft.Data.Sqlite does on every execution (docs/performance.md, branch
/// <c>pages-cards-6</c>). The limits are the callers' constants (a page size, a count of notifications), so few texts exist.
/// </summary>
/// <param name="text">The statement's text for a limit, given as invariant digits.</param>
internal sealed class LimitedSql(Func<string, string> text)
{
    private readonly ConcurrentDictionary<int, string> _texts = new();

    /// <summary>The statement's text with LIMIT <paramref name="limit"/> (1 or more).</summary>
    public string For(int limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        return _texts.GetOrAdd(limit, static (value, build) => build(value.ToString(CultureInfo.InvariantCulture)), text);
    }
}
