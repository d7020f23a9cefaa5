using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Core;
using PartnerHelp.Core.Reservations;
using PartnerHelp.Testing;

namespace PartnerHelp.Web.Tests.Testing;

/// <summary>The demo reservations (SPEC 6) and what the database says about them.</summary>
public static class ReservationData
{
    /// <summary>Tailspin Toys: virtual machines, shared scope, 60 days old, 1 year, 36,500 SEK.</summary>
    public const string Vm = "6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f";

    /// <summary>Wide World Importers: SQL Database, single subscription, 200 days old, 3 years, 120,000 SEK.</summary>
    public const string Sql = "2b3c4d5e-6f70-4182-93a4-b5c6d7e8f901";

    public static Task<Reservation> FindAsync(PartnerHelpFactory factory, string id) =>
        SiteData.QueryAsync(factory, db => db.Reservations.AsNoTracking().SingleAsync(r => r.Id == id));

    public static Task<int> CountAsync(PartnerHelpFactory factory, string customerId) =>
        SiteData.QueryAsync(factory, db => db.Reservations.CountAsync(r => r.CustomerId == customerId));

    /// <summary>The prorated value today, as the eligibility service computes it.</summary>
    public static async Task<Money> ProratedValueAsync(PartnerHelpFactory factory, string id)
    {
        var reservation = await FindAsync(factory, id);
        var today = DateOnly.FromDateTime(factory.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        return reservation.ProratedValue(today);
    }
}
