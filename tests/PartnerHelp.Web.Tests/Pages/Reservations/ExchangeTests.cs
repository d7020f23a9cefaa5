using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnerHelp.Core.Reservations;
using PartnerHelp.Testing;
using PartnerHelp.Web.Tests.Testing;

namespace PartnerHelp.Web.Tests.Pages.Reservations;

/// <summary>
/// Exchanging through the page: the arithmetic comes from the server, the returned value cannot be
/// posted, refused exchanges (cheaper, other type, forged) change nothing, and a double submit exchanges once.
/// </summary>
public sealed class ExchangeTests
{
    private const string Agent = "agent@northwind.example";
    private static readonly string Page = $"/en/reservations/{ReservationData.Vm}/exchange";

    private static Dictionary<string, string> Form(string price, string type = "VirtualMachines", string term = "1", string sku = "Standard_D8s_v5") => new()
    {
        ["Input.NewType"] = type,
        ["Input.NewSku"] = sku,
        ["Input.NewTermYears"] = term,
        ["Input.NewPrice"] = price,
    };

    [Fact]
    public async Task Quote_ShowsTheArithmeticAndChangesNothing_WhenTheNewPurchaseCostsMore()
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, Agent);
        var returned = await ReservationData.ProratedValueAsync(factory, ReservationData.Vm);

        var (response, document) = await session.PostFormAsync(Page, Page + "?handler=Quote", Form("50,000.00"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var arithmetic = document.QuerySelector("#exchange-arithmetic")!;
        Assert.Equal("true", arithmetic.GetAttribute("data-allowed"));
        Assert.Equal(returned.Amount, Amount(arithmetic.QuerySelector("[data-returned]")!.GetAttribute("data-returned")));
        Assert.Equal(50000m, Amount(arithmetic.QuerySelector("[data-new-price]")!.GetAttribute("data-new-price")));
        Assert.Equal(50000m - returned.Amount, Amount(arithmetic.QuerySelector("[data-due-now]")!.GetAttribute("data-due-now")));
        Assert.NotNull(document.QuerySelector("button[data-confirm-exchange]"));
        Assert.Equal(ReservationStatus.Active, (await ReservationData.FindAsync(factory, ReservationData.Vm)).Status);
    }

    [Fact]
    public async Task Confirm_ExchangesOnce_WhenSubmittedTwice()
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, Agent);
        var token = await session.TokenAsync(Page);
        var form = Form("50000");
        form["Input.Returned"] = "49999"; // forged: the returned value is never read from the form
        form["Returned"] = "49999";

        var (first, _) = await session.PostFormAsync(Page, Page + "?handler=Confirm", form, tokenOverride: token);
        var (second, document) = await session.PostFormAsync(Page, Page + "?handler=Confirm", form, tokenOverride: token);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.StartsWith($"/en/reservations/customers/c-tailspin?exchanged={ReservationData.Vm}&new=", first.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("AlreadyCancelled", document.QuerySelector("[data-reason]")!.GetAttribute("data-reason"));
        Assert.Equal(ReservationStatus.Exchanged, (await ReservationData.FindAsync(factory, ReservationData.Vm)).Status);
        var replacements = await SiteData.QueryAsync(factory, db => db.Reservations.Where(r => r.CustomerId == "c-tailspin" && r.Status == ReservationStatus.Active).ToListAsync());
        var replacement = Assert.Single(replacements);
        Assert.Equal(("Standard_D8s_v5", 1, 50000m), (replacement.SkuName, replacement.TermYears, replacement.Amount));
        Assert.Equal(0, await SiteData.RefundCountAsync(factory, ReservationData.Vm));

        var (list, listDocument) = await session.GetAsync(first.Headers.Location.OriginalString);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Contains("Standard_D8s_v5", listDocument.QuerySelector("#exchange-confirmation")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Exchanged", listDocument.QuerySelector($"[data-reservation='{ReservationData.Vm}']")!.GetAttribute("data-status"));
    }

    [Theory]
    [InlineData("Quote")]
    [InlineData("Confirm")]
    public async Task Post_RefusesWithTheReasonAndChangesNothing_WhenTheNewPurchaseCostsLess(string handler)
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, Agent);

        var (response, document) = await session.PostFormAsync(Page, $"{Page}?handler={handler}", Form("1000"));

        Assert.Equal(handler == "Quote" ? HttpStatusCode.OK : HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("false", document.QuerySelector("#exchange-arithmetic")!.GetAttribute("data-allowed"));
        Assert.Equal("ExchangeNotHigherValue", document.QuerySelector("#exchange-reasons [data-reason]")!.GetAttribute("data-reason"));
        Assert.StartsWith("The new purchase (SEK1,000.00) must cost more than the prorated amount returned", document.QuerySelector("#exchange-reasons [data-reason]")!.TextContent.Trim().Replace("\u00A0", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Null(document.QuerySelector("button[data-confirm-exchange]"));
        Assert.Equal(ReservationStatus.Active, (await ReservationData.FindAsync(factory, ReservationData.Vm)).Status);
        Assert.Equal(1, await ReservationData.CountAsync(factory, "c-tailspin"));
    }

    [Fact]
    public async Task Quote_PointsToCancelAndRepurchase_WhenTheTypeDiffers()
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, Agent);

        var (response, document) = await session.PostFormAsync(Page, Page + "?handler=Quote", Form("90000", type: "SqlDatabase"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reason = document.QuerySelector("#exchange-reasons [data-reason='ExchangeTypeMismatch']")!;
        Assert.Contains("To change the type, cancel this reservation and buy a new one.", reason.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/en/reservations/{ReservationData.Vm}/return", document.QuerySelector("#cross-type a")!.GetAttribute("href"));
        Assert.Null(document.QuerySelector("button[data-confirm-exchange]"));
    }

    public static TheoryData<string, Dictionary<string, string>, string, string> InvalidForms() => new()
    {
        { "en", Form("lots"), "#price-error", "Enter the price as a positive amount with at most two decimals, for example SEK1,234.50." },
        { "en", Form("-50000"), "#price-error", "Enter the price as a positive amount with at most two decimals, for example SEK1,234.50." },
        { "en", Form("50000.123"), "#price-error", "Enter the price as a positive amount with at most two decimals, for example SEK1,234.50." },
        { "sv", Form("50000", term: "2"), "#term-error", "Välj en löptid på 1 eller 3 år." },
        { "vi", Form("50000", sku: "  "), "#sku-error", "Hãy nhập sản phẩm (SKU), tối đa 100 ký tự." },
        { "en", Form("50000", type: "3"), "#type-error", "Choose the type of the new reservation." },
        { "en", Form("50000", type: "Mainframes"), "#type-error", "Choose the type of the new reservation." },
    };

    [Theory]
    [MemberData(nameof(InvalidForms))]
    public async Task Confirm_ShowsLocalizedFieldErrorAndChangesNothing_WhenInvalid(string culture, Dictionary<string, string> form, string selector, string message)
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, Agent);
        var path = $"/{culture}/reservations/{ReservationData.Vm}/exchange";

        var (response, document) = await session.PostFormAsync(path, path + "?handler=Confirm", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, document.QuerySelector(selector)!.TextContent.Trim().Replace("\u00A0", string.Empty, StringComparison.Ordinal));
        Assert.NotNull(document.QuerySelector("#exchange-error"));
        Assert.Equal(ReservationStatus.Active, (await ReservationData.FindAsync(factory, ReservationData.Vm)).Status);
        Assert.Equal(1, await ReservationData.CountAsync(factory, "c-tailspin"));
    }

    [Fact]
    public async Task Quote_ReadsTheAmountInTheCulturesFormat_WhenSwedish()
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, Agent);
        var path = $"/sv/reservations/{ReservationData.Vm}/exchange";

        var (response, document) = await session.PostFormAsync(path, path + "?handler=Quote", Form("50 000,50"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(50000.50m, Amount(document.QuerySelector("[data-new-price]")!.GetAttribute("data-new-price")));
    }

    [Fact]
    public async Task Confirm_IsNotFoundAndChangesNothing_WhenAnotherPartnersAgentForgesIt()
    {
        using var factory = new PartnerHelpFactory();
        await SiteUsers.CreateAsync(factory, "agent@contoso.example", "contoso", "SalesAgent");
        using var session = await SiteSession.StartAsync(factory, "agent@contoso.example");
        var token = await session.TokenAsync("/en/tickets/new");

        var (response, _) = await session.PostFormAsync(Page, Page + "?handler=Confirm", Form("90000"), tokenOverride: token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(ReservationStatus.Active, (await ReservationData.FindAsync(factory, ReservationData.Vm)).Status);
        Assert.Equal(1, await ReservationData.CountAsync(factory, "c-tailspin"));
    }

    private static decimal Amount(string? invariant) => decimal.Parse(invariant!, CultureInfo.InvariantCulture);
}
