using PartnerHelp.Core.Eligibility;

namespace PartnerHelp.Infrastructure.Tests.Memberships;

/// <summary>SPEC 6: each demo order's outcome and reason codes, as seen by its partner's admin.</summary>
public static class SpecDemoExpectations
{
    public static IReadOnlyList<(string Order, string Admin, EligibilityOutcome Outcome, ReasonCode[] Codes)> Rows { get; } =
    [
        ("CT-1001", "admin@contoso.example", EligibilityOutcome.SelfServeCancel, []),
        ("CT-1002", "admin@contoso.example", EligibilityOutcome.NotEligible, [ReasonCode.PurchaseWindowExpired]),
        ("CT-1003", "admin@contoso.example", EligibilityOutcome.NotEligible, [ReasonCode.BenefitsActivated]),
        ("CT-1004", "admin@contoso.example", EligibilityOutcome.NotEligible, [ReasonCode.ProductKeysViewed]),
        ("CT-1005", "admin@contoso.example", EligibilityOutcome.SupportTicketRequired, [ReasonCode.PaymentNotCreditCard]),
        ("CT-1006", "admin@contoso.example", EligibilityOutcome.NotEligible, [ReasonCode.UpgradedWithGoldDiscount]),
        ("CT-1007", "admin@contoso.example", EligibilityOutcome.NotEligible, [ReasonCode.PurchaseWindowExpired, ReasonCode.BenefitsActivated, ReasonCode.PaymentNotCreditCard]),
        ("CT-1008", "admin@contoso.example", EligibilityOutcome.AlreadyCancelled, [ReasonCode.AlreadyCancelled]),
        ("FB-2001", "admin@fabrikam.example", EligibilityOutcome.SupportTicketRequired, [ReasonCode.AccountSuspended]),
        ("NW-3001", "agent@northwind.example", EligibilityOutcome.NotEligible, [ReasonCode.PurchaseWindowExpired]),
    ];
}
