using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Core;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Testing;

namespace PartnerHelp.Web.Tests.Pages.Memberships;

/// <summary>
/// A site whose Contoso has 53 membership orders (the 8 demo orders and 45 older ones, PG-1000 a day older each):
/// three pages of 20, 20 and 13. Read-only tests share it.
/// </summary>
public sealed class PagedContosoSite : IAsyncLifetime
{
    /// <summary>How many orders Contoso has.</summary>
    public const int OrderCount = 53;

    public PartnerHelpFactory Factory { get; } = new();

    public async Task InitializeAsync()
    {
        Factory.Settings["Jobs:Enabled"] = "false";
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnerHelpDbContext>();
        var now = TimeProvider.System.GetUtcNow();
        for (var i = 0; i < OrderCount - 8; i++)
        {
            db.MembershipOrders.Add(new MembershipOrder($"PG-{1000 + i}", "contoso", MembershipOffer.ActionPack,
                now.AddDays(-60 - i), new Money(475m, "USD"), PaymentMethod.CreditCard, "Visa •••• 4242"));
        }

        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
