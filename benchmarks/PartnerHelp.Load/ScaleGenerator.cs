using System.Diagnostics;
using System.Globalization;
using Bogus;
using Microsoft.EntityFrameworkCore;
using PartnerHelp.Core;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Core.Partners;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Load;

/// <summary>
/// Fills a bench database (already created by the site, demo data included) with synthetic partners,
/// membership orders and settled refunds, deterministic for a seed. Refunds are terminal (Refunded or
/// Failed) so the site's jobs have nothing to pick up and the measurement is of reads only.
/// </summary>
public static class ScaleGenerator
{
    private const int Batch = 20_000;
    private static readonly string[] Currencies = ["USD", "EUR", "SEK", "JPY", "BRL"];

    /// <summary>Adds <paramref name="partners"/> partners and <paramref name="orders"/> orders; every 4th order cancelled with its refund.</summary>
    public static async Task RunAsync(DatabaseOptions database, int partners, int orders, int seed)
    {
        var clock = Stopwatch.StartNew();
        Randomizer.Seed = new Random(seed);
        var faker = new Faker("en");
        var now = TimeProvider.System.GetUtcNow();
        var offers = Enum.GetValues<MembershipOffer>();
        var currencies = new string[partners];
        var pending = new List<object>(Batch);
        await using (var check = BenchData.Open(database))
        {
            if (await check.Partners.AnyAsync(p => p.Id == PartnerId(0)))
            {
                Console.WriteLine("scale data already present");
                return;
            }
        }

        for (var p = 0; p < partners; p++)
        {
            currencies[p] = Currencies[p % Currencies.Length];
            var status = p % 50 == 0 ? PartnerStatus.Suspended : PartnerStatus.Active;
            pending.Add(new Partner(PartnerId(p), faker.Company.CompanyName(), currencies[p], status, CspRelationship.None, p % 20 == 0));
            await FlushIfFullAsync(database, pending);
        }

        var refunds = 0;
        for (var o = 0; o < orders; o++)
        {
            // Skewed like real partners: most have a few orders, some many.
            var partner = (int)(Math.Pow(faker.Random.Double(), 2) * partners);
            var purchasedAt = now.AddDays(-faker.Random.Int(0, 720)).AddMinutes(-faker.Random.Int(0, 1439));
            var method = faker.Random.Bool(0.7f) ? PaymentMethod.CreditCard : PaymentMethod.WireTransfer;
            var order = new MembershipOrder(
                string.Create(CultureInfo.InvariantCulture, $"SC-{o + 1}"), PartnerId(partner), faker.PickRandom(offers), purchasedAt,
                new Money(faker.Finance.Amount(100, 5000), currencies[partner]), method,
                method == PaymentMethod.CreditCard ? "Visa •••• " + faker.Random.Replace("####") : "IBAN •••• " + faker.Random.Replace("####"));
            pending.Add(order);
            if (o % 4 == 3)
            {
                var cancelledAt = purchasedAt.AddDays(faker.Random.Int(0, 25));
                var refund = order.Cancel(RefundIds.For(order.Id), "scale-user", faker.PickRandom<CancellationReason>(), null, cancelledAt);
                refund.StartProcessing(cancelledAt.AddMinutes(1));
                if (o % 40 == 7)
                {
                    refund.MarkFailed(cancelledAt.AddMinutes(2), "Card expired");
                }
                else
                {
                    refund.MarkRefunded(cancelledAt.AddDays(3), "SIM-" + order.Id);
                }

                pending.Add(refund);
                refunds++;
            }

            await FlushIfFullAsync(database, pending);
        }

        await FlushAsync(database, pending);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"figure scale_generated {partners} partners, {orders} orders, {refunds} refunds in {clock.Elapsed.TotalSeconds:F0} s"));
    }

    private static string PartnerId(int index) => string.Create(CultureInfo.InvariantCulture, $"scale-{index:D6}");

    private static async Task FlushIfFullAsync(DatabaseOptions database, List<object> pending)
    {
        if (pending.Count >= Batch)
        {
            await FlushAsync(database, pending);
        }
    }

    private static async Task FlushAsync(DatabaseOptions database, List<object> pending)
    {
        await using var db = BenchData.Open(database);
        db.AddRange(pending);
        await db.SaveChangesAsync();
        pending.Clear();
    }
}
