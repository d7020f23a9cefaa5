using PartnerHelp.Core;
using PartnerHelp.Core.Accounts;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Core.Partners;
using PartnerHelp.Core.Refunds;

namespace PartnerHelp.Infrastructure.Demo;

/// <summary>The demo partners, users and membership orders (SPEC 6), as data.</summary>
public static class DemoCatalog
{
    /// <summary>A demo user.</summary>
    public sealed record DemoUser(string Email, string DisplayName, string? PartnerId, string[] Roles);

    /// <summary>A demo membership order; ages are in days before today.</summary>
    public sealed record DemoOrder(
        string Id,
        string PartnerId,
        MembershipOffer Offer,
        PaymentMethod Payment,
        string Instrument,
        int AgeDays,
        decimal Amount,
        MembershipBenefit? ActivatedBenefit = null,
        bool ProductKeysViewed = false,
        bool GoldUpgradeDiscount = false,
        int? CancelledDaysAgo = null);

    /// <summary>Demo partners.</summary>
    public static IReadOnlyList<Partner> Partners() =>
    [
        new("contoso", "Contoso", "USD", PartnerStatus.Active, CspRelationship.None, isTaxExempt: false),
        new("fabrikam", "Fabrikam", "EUR", PartnerStatus.Suspended, CspRelationship.None, isTaxExempt: false),
        new("northwind", "Northwind Traders", "SEK", PartnerStatus.Active, CspRelationship.IndirectProvider, isTaxExempt: true),
    ];

    /// <summary>Demo users.</summary>
    public static IReadOnlyList<DemoUser> Users { get; } =
    [
        new("admin@contoso.example", "Avery Admin", "contoso", [PartnerRoles.MpnAdmin]),
        new("user@contoso.example", "Uma User", "contoso", []),
        new("admin@fabrikam.example", "Felix Admin", "fabrikam", [PartnerRoles.MpnAdmin]),
        new("agent@northwind.example", "Nora Agent", "northwind", [PartnerRoles.AdminAgent, PartnerRoles.MpnAdmin]),
        new("ops@partnerhelp.example", "Oskar Operator", null, [PartnerRoles.Operator]),
    ];

    /// <summary>Demo membership orders.</summary>
    public static IReadOnlyList<DemoOrder> Orders { get; } =
    [
        new("CT-1001", "contoso", MembershipOffer.PartnerSuccessCore, PaymentMethod.CreditCard, "Visa •••• 4242", 5, 1765.00m),
        new("CT-1002", "contoso", MembershipOffer.SolutionsPartnerDesignation, PaymentMethod.CreditCard, "Visa •••• 4242", 45, 4730.00m),
        new("CT-1003", "contoso", MembershipOffer.PartnerSuccessCore, PaymentMethod.CreditCard, "Mastercard •••• 5454", 10, 1765.00m, ActivatedBenefit: MembershipBenefit.AzureCredits),
        new("CT-1004", "contoso", MembershipOffer.ActionPack, PaymentMethod.CreditCard, "Visa •••• 4242", 3, 475.00m, ProductKeysViewed: true),
        new("CT-1005", "contoso", MembershipOffer.SolutionsPartnerDesignation, PaymentMethod.WireTransfer, "IBAN •••• 7731", 7, 4730.00m),
        new("CT-1006", "contoso", MembershipOffer.LegacySilver, PaymentMethod.CreditCard, "Visa •••• 4242", 12, 1900.00m, GoldUpgradeDiscount: true),
        new("CT-1007", "contoso", MembershipOffer.PartnerSuccessCore, PaymentMethod.WireTransfer, "IBAN •••• 7731", 40, 1765.00m, ActivatedBenefit: MembershipBenefit.VisualStudioSubscriptions),
        new("CT-1008", "contoso", MembershipOffer.ActionPack, PaymentMethod.CreditCard, "Visa •••• 4242", 6, 475.00m, CancelledDaysAgo: 2),
        new("FB-2001", "fabrikam", MembershipOffer.PartnerSuccessCore, PaymentMethod.CreditCard, "Visa •••• 1881", 5, 1650.00m),
        new("NW-3001", "northwind", MembershipOffer.SolutionsPartnerDesignation, PaymentMethod.CreditCard, "Amex •••• 1005", 200, 48000.00m),
    ];

    /// <summary>The instant a demo order of <paramref name="ageDays"/> is purchased at, seen from <paramref name="now"/>.</summary>
    public static DateTimeOffset PurchaseInstant(DateTimeOffset now, int ageDays)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return new DateTimeOffset(today.AddDays(-ageDays).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
    }

    /// <summary>Builds the domain order for a demo row, as it stands at <paramref name="now"/>.</summary>
    public static (MembershipOrder Order, Refund? Refund) Build(DemoOrder row, DateTimeOffset now)
    {
        var purchasedAt = PurchaseInstant(now, row.AgeDays);
        var order = new MembershipOrder(row.Id, row.PartnerId, row.Offer, purchasedAt, new Money(row.Amount, CurrencyOf(row.PartnerId)), row.Payment, row.Instrument);
        if (row.ActivatedBenefit is { } benefit)
        {
            order.RecordBenefitActivated(benefit, purchasedAt.AddDays(1));
        }

        if (row.ProductKeysViewed)
        {
            order.RecordProductKeysViewed(purchasedAt.AddHours(2));
        }

        if (row.GoldUpgradeDiscount)
        {
            order.RecordGoldUpgradeWithDiscount();
        }

        Refund? refund = null;
        if (row.CancelledDaysAgo is { } cancelledDaysAgo)
        {
            var cancelledAt = purchasedAt.AddDays(row.AgeDays - cancelledDaysAgo);
            refund = order.Cancel(RefundIds.For(row.Id), "admin@contoso.example", CancellationReason.NoLongerNeeded, null, cancelledAt);
            refund.StartProcessing(cancelledAt.AddMinutes(5));
        }

        return (order, refund);
    }

    private static string CurrencyOf(string partnerId) => Partners().Single(p => p.Id == partnerId).Currency;
}
