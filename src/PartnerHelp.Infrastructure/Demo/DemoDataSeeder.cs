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
/// stay true. Idempotent; <see cref="DemoDataState"/> records what it last did.
/// </summary>
public sealed class DemoDataSeeder(
    PartnerHelpDbContext db,
    UserManager<ApplicationUser> users,
    RoleManager<IdentityRole> roles,
    TimeProvider time,
    ILogger<DemoDataSeeder> logger)
{
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
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task RebaseAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var untouched = await db.MembershipOrders.Where(o => o.DemoAgeDays != null).ToListAsync(cancellationToken);
        var shifted = 0;
        foreach (var order in untouched)
        {
            var delta = DemoCatalog.PurchaseInstant(now, order.DemoAgeDays!.Value) - order.PurchasedAt;
            if (delta == TimeSpan.Zero)
            {
                continue;
            }

            order.ShiftTimestamps(delta);
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
        db.CspSubscriptions.AddRange(DemoProductLines.Subscriptions(now).Where(x => !subscriptions.Contains(x.Id)));
        var reservations = await db.Reservations.Select(x => x.Id).ToListAsync(cancellationToken);
        db.Reservations.AddRange(DemoProductLines.Reservations(now).Where(x => !reservations.Contains(x.Id)));
        var incident = DemoProductLines.Incident(now);
        if (!await db.ServiceIncidents.AnyAsync(x => x.Id == incident.Id, cancellationToken))
        {
            db.ServiceIncidents.Add(incident);
        }

        var (order, items) = DemoProductLines.StoreOrder(now);
        if (!await db.StoreOrders.AnyAsync(x => x.Id == order.Id, cancellationToken))
        {
            db.StoreOrders.Add(order);
            db.StoreOrderItems.AddRange(items);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task RebaseProductLinesAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var subscription in await db.CspSubscriptions.Where(x => x.DemoAgeDays != null).ToListAsync(cancellationToken))
        {
            subscription.ShiftTimestamps(DemoCatalog.PurchaseInstant(now, subscription.DemoAgeDays!.Value) - subscription.PurchasedAt);
        }

        foreach (var reservation in await db.Reservations.Where(x => x.DemoAgeDays != null).ToListAsync(cancellationToken))
        {
            reservation.ShiftTimestamps(DemoCatalog.PurchaseInstant(now, reservation.DemoAgeDays!.Value) - reservation.PurchasedAt);
        }

        foreach (var incident in await db.ServiceIncidents.Where(x => x.DemoAgeDays != null).ToListAsync(cancellationToken))
        {
            incident.MoveTo(DemoProductLines.IncidentDay(now, incident.DemoAgeDays!.Value));
        }

        foreach (var order in await db.StoreOrders.Where(x => x.DemoAgeDays != null).ToListAsync(cancellationToken))
        {
            var delta = DemoCatalog.PurchaseInstant(now, order.DemoAgeDays!.Value) - order.PlacedAt;
            var items = await db.StoreOrderItems.Where(i => i.OrderId == order.Id).ToListAsync(cancellationToken);
            if (items.Any(i => i.CancelledAt is not null))
            {
                continue; // someone acted on it: leave it as they left it
            }

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
