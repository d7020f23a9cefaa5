using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PartnerHelp.Core.Accounts;
using PartnerHelp.Infrastructure.Identity;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Infrastructure.Demo;

/// <summary>
/// Seeds the demo partners, users and orders on a fresh database, and on the first start of each UTC day
/// (or of a new build) re-bases the demo orders nobody has acted on, so their ages (CT-1001 is 5 days old)
/// stay true. Idempotent; <see cref="DemoDataState"/> records what it last did, and a <see cref="DemoItem"/> per row
/// the age it is kept at and the version it was written with (a row whose version moved on was acted on).
/// </summary>
public sealed class DemoDataSeeder(
    PartnerHelpDbContext db,
    UserManager<ApplicationUser> users,
    RoleManager<IdentityRole> roles,
    TimeProvider time,
    ILogger<DemoDataSeeder> logger)
{
    private readonly DemoItemRecords records = new(db);

    /// <summary>
    /// Identifies the catalog of this build: the module version id of this assembly, which changes with any
    /// change to its code or embedded scripts (builds are deterministic), so an upgraded site always re-seeds.
    /// </summary>
    public static string CatalogVersion { get; } = typeof(DemoCatalog).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>
    /// Seeds what is missing and re-bases untouched demo orders, unless <see cref="DemoDataState"/> says this
    /// build already did so today: re-basing is by whole UTC days, so a second pass on the same day changes nothing.
    /// </summary>
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var state = await db.DemoState.SingleOrDefaultAsync(s => s.Id == DemoDataState.RowId, cancellationToken);
        if (state is not null && state.RebasedOn == today && state.Catalog == CatalogVersion)
        {
            logger.LogDebug("Demo data already seeded and re-based on {Today:yyyy-MM-dd} by this build", today);
            return;
        }

        await SeedRolesAsync();
        await SeedPartnersAsync(cancellationToken);
        await SeedUsersAsync();
        await SeedOrdersAsync(now, cancellationToken);
        await SeedProductLinesAsync(now, cancellationToken);
        await RebaseAsync(now, cancellationToken);
        await RebaseProductLinesAsync(now, cancellationToken);

        // Written last: a start that fails part-way leaves the old state, and the next start does it all again.
        if (state is null)
        {
            db.DemoState.Add(new DemoDataState { RebasedOn = today, Catalog = CatalogVersion });
        }
        else
        {
            state.RebasedOn = today;
            state.Catalog = CatalogVersion;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedRolesAsync()
    {
        foreach (var role in PartnerRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), role);
            }
        }
    }

    private async Task SeedPartnersAsync(CancellationToken cancellationToken)
    {
        var existing = await db.Partners.Select(p => p.Id).ToListAsync(cancellationToken);
        db.Partners.AddRange(DemoCatalog.Partners().Where(p => !existing.Contains(p.Id)));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedUsersAsync()
    {
        foreach (var demo in DemoCatalog.Users)
        {
            if (await users.FindByEmailAsync(demo.Email) is not null)
            {
                continue;
            }

            var user = new ApplicationUser
            {
                UserName = demo.Email,
                Email = demo.Email,
                EmailConfirmed = true,
                DisplayName = demo.DisplayName,
                PartnerId = demo.PartnerId,
            };
            Check(await users.CreateAsync(user, DemoOptions.Password), demo.Email);
            if (demo.Roles.Length > 0)
            {
                Check(await users.AddToRolesAsync(user, demo.Roles), demo.Email);
            }
        }
    }

    private async Task SeedOrdersAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var existing = await db.MembershipOrders.Select(o => o.Id).ToListAsync(cancellationToken);
        foreach (var row in DemoCatalog.Orders.Where(r => !existing.Contains(r.Id)))
        {
            var (order, refund) = DemoCatalog.Build(row, now);
            db.MembershipOrders.Add(order);
            if (refund is not null)
            {
                db.Refunds.Add(refund);
            }

            await records.KeepAsync(DemoItemKinds.MembershipOrder, order.Id, row.AgeDays, order.Version, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task RebaseAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var shifted = 0;
        foreach (var (item, order) in await records.UntouchedAsync(db.MembershipOrders, DemoItemKinds.MembershipOrder, o => o.Id, o => o.Version, cancellationToken))
        {
            var delta = DemoCatalog.PurchaseInstant(now, item.AgeDays) - order.PurchasedAt;
            if (delta == TimeSpan.Zero)
            {
                continue;
            }

            order.ShiftTimestamps(delta);
            item.Version = order.Version;
            var refund = await db.Refunds.Include(r => r.Transitions).SingleOrDefaultAsync(r => r.OrderId == order.Id, cancellationToken);
            refund?.ShiftTimestamps(delta);
            shifted++;
        }

        await db.SaveChangesAsync(cancellationToken);
        if (shifted > 0)
        {
            logger.LogInformation("Re-based {Count} untouched demo orders to {Today:yyyy-MM-dd}", shifted, now);
        }
    }

    private async Task SeedProductLinesAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var customers = await db.CspCustomers.Select(c => c.Id).ToListAsync(cancellationToken);
        db.CspCustomers.AddRange(DemoProductLines.Customers().Where(c => !customers.Contains(c.Id)));
        var subscriptions = await db.CspSubscriptions.Select(x => x.Id).ToListAsync(cancellationToken);
        foreach (var (subscription, ageDays) in DemoProductLines.Subscriptions(now).Where(x => !subscriptions.Contains(x.Subscription.Id)))
        {
            db.CspSubscriptions.Add(subscription);
            await records.KeepAsync(DemoItemKinds.CspSubscription, subscription.Id, ageDays, subscription.Version, cancellationToken);
        }

        var reservations = await db.Reservations.Select(x => x.Id).ToListAsync(cancellationToken);
        foreach (var (reservation, ageDays) in DemoProductLines.Reservations(now).Where(x => !reservations.Contains(x.Reservation.Id)))
        {
            db.Reservations.Add(reservation);
            await records.KeepAsync(DemoItemKinds.Reservation, reservation.Id, ageDays, reservation.Version, cancellationToken);
        }

        var incident = DemoProductLines.Incident(now);
        if (!await db.ServiceIncidents.AnyAsync(x => x.Id == incident.Id, cancellationToken))
        {
            db.ServiceIncidents.Add(incident);
            await records.KeepAsync(DemoItemKinds.ServiceIncident, incident.Id, DemoProductLines.IncidentAgeDays, version: null, cancellationToken);
        }

        var (order, items) = DemoProductLines.StoreOrder(now);
        if (!await db.StoreOrders.AnyAsync(x => x.Id == order.Id, cancellationToken))
        {
            db.StoreOrders.Add(order);
            db.StoreOrderItems.AddRange(items);
            await records.KeepAsync(DemoItemKinds.StoreOrder, order.Id, DemoProductLines.StoreOrderAgeDays, version: null, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task RebaseProductLinesAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var (item, subscription) in await records.UntouchedAsync(db.CspSubscriptions, DemoItemKinds.CspSubscription, x => x.Id, x => x.Version, cancellationToken))
        {
            subscription.ShiftTimestamps(DemoCatalog.PurchaseInstant(now, item.AgeDays) - subscription.PurchasedAt);
            item.Version = subscription.Version;
        }

        foreach (var (item, reservation) in await records.UntouchedAsync(db.Reservations, DemoItemKinds.Reservation, x => x.Id, x => x.Version, cancellationToken))
        {
            reservation.ShiftTimestamps(DemoCatalog.PurchaseInstant(now, item.AgeDays) - reservation.PurchasedAt);
            item.Version = reservation.Version;
        }

        foreach (var (item, incident) in await records.UntouchedAsync(db.ServiceIncidents, DemoItemKinds.ServiceIncident, x => x.Id, _ => null, cancellationToken))
        {
            incident.MoveTo(DemoProductLines.IncidentDay(now, item.AgeDays));
        }

        foreach (var (item, order) in await records.UntouchedAsync(db.StoreOrders, DemoItemKinds.StoreOrder, x => x.Id, _ => null, cancellationToken))
        {
            var items = await db.StoreOrderItems.Where(i => i.OrderId == order.Id).ToListAsync(cancellationToken);
            if (items.Any(i => i.CancelledAt is not null))
            {
                records.Forget(item); // someone acted on it: leave it as they left it
                continue;
            }

            var delta = DemoCatalog.PurchaseInstant(now, item.AgeDays) - order.PlacedAt;
            order.ShiftTimestamps(delta);
            items.ForEach(i => i.ShiftTimestamps(delta));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Seeding {what} failed: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
