using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Core;
using PartnerHelp.Core.CreditRequests;
using PartnerHelp.Core.Partners;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Core.StoreOrders;
using PartnerHelp.Jobs.Notifications;
using PartnerHelp.Testing;

namespace PartnerHelp.Web.Tests.Jobs;

/// <summary>The partner e-mails of the refund paths, in every site culture: each says what it is about, with every placeholder filled.</summary>
public sealed class LocalizedRefundMessagesTests(PartnerHelpFactory site) : IClassFixture<PartnerHelpFactory>
{
    private static readonly string[] Cultures = ["en", "vi", "sv", "de", "fr", "es", "ja", "pt-BR", "ar"];
    private static readonly Partner Northwind = new("northwind", "Northwind", "SEK", PartnerStatus.Active, CspRelationship.IndirectProvider, isTaxExempt: true);
    private static readonly DateTimeOffset At = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("en", "Your refund for reservation 6f1c", "return of reservation")]
    [InlineData("vi", "Khoản hoàn tiền cho đặt trước 6f1c", "trả lại đặt trước")]
    [InlineData("sv", "Din återbetalning för reservation 6f1c", "returen av reservation")]
    public void RefundCompleted_SpeaksOfTheReservation_ForAReturnedReservation(string culture, string subjectStart, string bodyPart)
    {
        var refund = Refund.Request("RF-R", "6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f", "northwind", new Money(1000m, "SEK"), "csp-invoice-credit", At, "agent", RefundSubject.Reservation);

        var mail = Messages().RefundCompleted(refund, Northwind, culture);

        Assert.StartsWith(subjectStart, mail.Subject, StringComparison.Ordinal);
        Assert.Contains(bodyPart, mail.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("csp-invoice-credit", mail.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void StoreAndCreditRequestMails_AreCompleteInEveryCulture()
    {
        var items = new[]
        {
            new StoreOrderItem("SO-5001-1", "SO-5001", "contoso", "Surface Laptop 7", 1, new Money(1299m, "USD"), isPreOrder: true),
            new StoreOrderItem("SO-5001-3", "SO-5001", "contoso", "Surface Pen", 2, new Money(199.98m, "USD"), isPreOrder: false),
        };
        var order = new StoreOrder("SO-5001", "contoso", "admin@contoso.example", At);
        var review = Claim();
        review.MoveTo(CreditRequestStatus.UnderReview, At.AddDays(1));
        var rejected = Claim();
        rejected.MoveTo(CreditRequestStatus.UnderReview, At.AddDays(1));
        rejected.MoveTo(CreditRequestStatus.Rejected, At.AddDays(2), CreditDecisionReason.CustomerNotAffected);
        var english = Messages().CreditRequestStatusChanged(rejected, Northwind, "en");
        Assert.Contains("did not affect the customer named in the claim", english.Body, StringComparison.Ordinal);

        foreach (var culture in Cultures)
        {
            var store = Messages().StoreItemsCancelled(order, items, Northwind, culture);
            Assert.Contains("SO-5001-1", store.Body, StringComparison.Ordinal);
            Assert.Contains("SO-5001-3", store.Body, StringComparison.Ordinal);
            Assert.Contains("Surface Pen", store.Body, StringComparison.Ordinal);
            foreach (var mail in new[] { store, Messages().CreditRequestStatusChanged(review, Northwind, culture), Messages().CreditRequestStatusChanged(rejected, Northwind, culture) })
            {
                Assert.DoesNotMatch(@"\{\d\}|Jobs_|CreditDecision_", mail.Subject + mail.Body);
            }

            if (culture != "en")
            {
                Assert.NotEqual(english.Body, Messages().CreditRequestStatusChanged(rejected, Northwind, culture).Body);
            }
        }
    }

    private IRefundMessages Messages() => site.Services.GetRequiredService<IRefundMessages>();

    private static CreditRequest Claim() =>
        new("CR-20261120-ABCDEF", "northwind", "INC-7001", "Tailspin Toys", new DateOnly(2026, 11, 10), CreditCategory.ServiceIncident, "Outage", "Please credit", "f.pdf", "application/pdf", 10, "agent", At);
}
