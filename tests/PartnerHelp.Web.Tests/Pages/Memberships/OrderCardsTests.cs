using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PartnerHelp.Core;
using PartnerHelp.Core.Eligibility;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Core.Partners;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Infrastructure.Memberships;
using PartnerHelp.Testing;
using PartnerHelp.Web.Eligibility;
using PartnerHelp.Web.Localization;
using PartnerHelp.Web.Pages.Memberships;

namespace PartnerHelp.Web.Tests.Pages.Memberships;

/// <summary>
/// The memberships page's order cards, written by <see cref="OrderCards"/>: the markup the Razor page wrote, whitespace
/// included, for a card that can be cancelled, one with reasons, and one with a refund; and every value encoded.
/// </summary>
public sealed class OrderCardsTests(PartnerHelpFactory site) : IClassFixture<PartnerHelpFactory>
{
    private static readonly DateTimeOffset Purchased = new(2026, 12, 4, 10, 0, 0, TimeSpan.Zero);
    private static readonly Partner Contoso = new("contoso", "Contoso", "USD", PartnerStatus.Active, CspRelationship.None, isTaxExempt: false);

    [Fact]
    public void CardThatCanBeCancelled_HasTheButtonAndTheWindowsLastDay()
    {
        var order = Order("CT-9001", PaymentMethod.CreditCard);
        var result = Result(order, EligibilityOutcome.SelfServeCancel, windowEndsAt: new DateTimeOffset(2027, 1, 2, 0, 0, 0, TimeSpan.Zero));

        var markup = Write(new OrderView(order, Contoso, null, result));

        Assert.Equal(
            """
                        <li class="order-card" data-order="CT-9001" data-outcome="SelfServeCancel">
                            <h2 class="order-card__title">
                                <a href="/en/orders/CT-9001">Action Pack</a>
                                <span class="order-card__id">Order CT-9001</span>
                            </h2>
                            <dl class="facts">
                                <div><dt>Purchased</dt><dd>Friday, December 4, 2026</dd></div>
                                <div><dt>Amount</dt><dd>$475.00</dd></div>
                                <div><dt>Payment method</dt><dd>credit card</dd></div>
                                <div><dt>Order status</dt><dd>Active</dd></div>
                            </dl>
                            <div class="order-card__actions">
                                    <a class="button button--primary" data-cancel-order="CT-9001" href="/en/memberships/CT-9001/cancel">Cancel order</a>
                                        <span class="hint" data-window-last-day="2027-01-01">You can cancel this order yourself until Friday, January 1, 2027.</span>
                            </div>
                        </li>

            """,
            markup);
    }

    [Fact]
    public void CardWithReasons_HasTheButtonOff_AndNamesItsReasons()
    {
        var order = Order("CT-9002", PaymentMethod.WireTransfer);
        var reason = new EligibilityReason(
            ReasonCode.PaymentNotCreditCard, ReasonKind.Criterion, Remedy.OpenSupportTicket, new ReasonFacts { PaymentMethod = PaymentMethod.WireTransfer });
        var result = Result(order, EligibilityOutcome.SupportTicketRequired, reasons: [reason]);

        var markup = Write(new OrderView(order, Contoso, null, result));

        Assert.Equal(
            """
                        <li class="order-card" data-order="CT-9002" data-outcome="SupportTicketRequired">
                            <h2 class="order-card__title">
                                <a href="/en/orders/CT-9002">Action Pack</a>
                                <span class="order-card__id">Order CT-9002</span>
                            </h2>
                            <dl class="facts">
                                <div><dt>Purchased</dt><dd>Friday, December 4, 2026</dd></div>
                                <div><dt>Amount</dt><dd>$475.00</dd></div>
                                <div><dt>Payment method</dt><dd>wire transfer</dd></div>
                                <div><dt>Order status</dt><dd>Active</dd></div>
                            </dl>
                            <div class="order-card__actions">
                                    <button type="button" class="button" disabled data-cancel-order="CT-9002" aria-describedby="reasons-CT-9002">Cancel order</button>
                                    <button type="button" class="button button--subtle ask-why" data-ask-order="CT-9002">Ask why</button>
                            </div>
            <div class="reasons" id="reasons-CT-9002">
                <p class="reasons__heading">Why this order can&#x27;t be cancelled here</p>
                <ul>
                    <li data-reason="PaymentNotCreditCard">
                        <span class="reasons__text">This order was paid by wire transfer. Only orders paid by credit card can be cancelled in self-serve.</span>
                        <span class="reasons__remedy">Open a support ticket and the refund will be processed manually. <a href="/en/tickets/new?order=CT-9002" data-ticket-order="CT-9002">Open a support ticket for CT-9002</a></span>
                    </li>
                </ul>
            </div>            </li>

            """,
            markup);
    }

    [Fact]
    public void CardWithARefund_LinksToTheRefundsProgress()
    {
        var order = Order("CT-9003", PaymentMethod.CreditCard);
        var cancelledAt = new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.Zero);
        var refund = order.Cancel("RF-9003", "user@contoso.example", CancellationReason.NoLongerNeeded, null, cancelledAt);
        var reason = new EligibilityReason(
            ReasonCode.AlreadyCancelled, ReasonKind.Condition, Remedy.ViewRefundProgress, new ReasonFacts { OccurredAt = cancelledAt });
        var result = Result(order, EligibilityOutcome.AlreadyCancelled, reasons: [reason]);

        var markup = Write(new OrderView(order, Contoso, refund, result));

        Assert.Equal(
            """
                        <li class="order-card" data-order="CT-9003" data-outcome="AlreadyCancelled">
                            <h2 class="order-card__title">
                                <a href="/en/orders/CT-9003">Action Pack</a>
                                <span class="order-card__id">Order CT-9003</span>
                            </h2>
                            <dl class="facts">
                                <div><dt>Purchased</dt><dd>Friday, December 4, 2026</dd></div>
                                <div><dt>Amount</dt><dd>$475.00</dd></div>
                                <div><dt>Payment method</dt><dd>credit card</dd></div>
                                <div><dt>Order status</dt><dd>Cancelled · refund: Requested</dd></div>
                            </dl>
                            <div class="order-card__actions">
                                    <a class="button" href="/en/orders/CT-9003">Follow the refund</a>
                            </div>
            <div class="reasons" id="reasons-CT-9003">
                <p class="reasons__heading">This order is already cancelled</p>
                <ul>
                    <li data-reason="AlreadyCancelled">
                        <span class="reasons__text">This order was cancelled on Saturday, December 5, 2026.</span>
                        <span class="reasons__remedy">Follow the refund&#x27;s progress on the order page. <a href="/en/orders/CT-9003">See the refund&#x27;s progress</a></span>
                    </li>
                </ul>
            </div>            </li>

            """,
            markup);
    }

    [Fact]
    public void EveryValue_IsHtmlEncoded()
    {
        var order = Order("CT-<9>&\"'", PaymentMethod.WireTransfer);
        var reason = new EligibilityReason(ReasonCode.PaymentNotCreditCard, ReasonKind.Criterion, Remedy.None, new ReasonFacts());
        var result = Result(order, EligibilityOutcome.SupportTicketRequired, reasons: [reason]);

        var markup = Write(new OrderView(order, Contoso, null, result), home: "/b\"<ase>/en");

        Assert.DoesNotContain("<9>", markup);
        Assert.DoesNotContain("\"'", markup);
        Assert.DoesNotContain("b\"", markup);
        Assert.Contains("data-order=\"CT-&lt;9&gt;&amp;&quot;&#x27;\"", markup);
        Assert.Contains("href=\"/b&quot;&lt;ase&gt;/en/orders/CT-&lt;9&gt;&amp;&quot;&#x27;\"", markup);
        Assert.Contains("aria-describedby=\"reasons-CT-&lt;9&gt;&amp;&quot;&#x27;\"", markup);
        Assert.Contains("Order CT-&lt;9&gt;&amp;&quot;&#x27;</span>", markup);
    }

    private static MembershipOrder Order(string id, PaymentMethod method) =>
        new(id, Contoso.Id, MembershipOffer.ActionPack, Purchased, new Money(475m, "USD"), method, "**** 4242");

    private static EligibilityResult Result(
        MembershipOrder order, EligibilityOutcome outcome, DateTimeOffset? windowEndsAt = null, IReadOnlyList<EligibilityReason>? reasons = null) =>
        new(order.Id, outcome, outcome == EligibilityOutcome.SelfServeCancel, reasons ?? [], order.Price, windowEndsAt, Purchased.AddDays(1));

    private string Write(OrderView view, string home = "/en")
    {
        using var scope = site.Services.CreateScope();
        var services = scope.ServiceProvider;
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        try
        {
            var cards = new OrderCards(
                services.GetRequiredService<EligibilityText>(), services.GetRequiredService<IStringLocalizer<MembershipsResource>>(), home);
            IHtmlContent card = cards.Card(view);
            using var writer = new StringWriter(CultureInfo.InvariantCulture);
            card.WriteTo(writer, services.GetRequiredService<HtmlEncoder>());
            return writer.ToString();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }
}
