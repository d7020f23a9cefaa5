using Microsoft.EntityFrameworkCore;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Infrastructure.Demo;

/// <summary>The demo seeder's records of the rows it keeps at their ages (<see cref="DemoItem"/>), in its unit of work.</summary>
internal sealed class DemoItemRecords(PartnerHelpDbContext db)
{
    /// <summary>
    /// Records a demo row just seeded, written at <paramref name="version"/> (null for rows without a version token); a
    /// record left from an earlier row of the same id (deleted since) is replaced.
    /// </summary>
    public async Task KeepAsync(string kind, string id, int ageDays, int? version, CancellationToken cancellationToken)
    {
        if (await db.DemoItems.FindAsync([kind, id], cancellationToken) is { } earlier)
        {
            earlier.AgeDays = ageDays;
            earlier.Version = version;
            return;
        }

        db.DemoItems.Add(new DemoItem { Kind = kind, ItemId = id, AgeDays = ageDays, Version = version });
    }

    /// <summary>
    /// The demo rows of <paramref name="kind"/> nobody has acted on since the seeder last wrote them, tracked, with their
    /// records. A record whose row is gone or whose version has moved on is dropped: its row is left as its user left it.
    /// </summary>
    public async Task<List<(DemoItem Item, T Row)>> UntouchedAsync<T>(
        IQueryable<T> rows, string kind, Func<T, string> id, Func<T, int?> version, CancellationToken cancellationToken)
        where T : class
    {
        var items = await db.DemoItems.Where(i => i.Kind == kind).ToListAsync(cancellationToken);
        var ids = items.Select(i => i.ItemId).ToList();
        var found = (await rows.Where(r => ids.Contains(EF.Property<string>(r, "Id"))).ToListAsync(cancellationToken)).ToDictionary(id, StringComparer.Ordinal);
        var untouched = new List<(DemoItem, T)>();
        foreach (var item in items)
        {
            if (found.TryGetValue(item.ItemId, out var row) && version(row) == item.Version)
            {
                untouched.Add((item, row));
            }
            else
            {
                db.DemoItems.Remove(item);
            }
        }

        return untouched;
    }

    /// <summary>Stops keeping the row of <paramref name="item"/>: someone acted on it.</summary>
    public void Forget(DemoItem item) => db.DemoItems.Remove(item);
}
