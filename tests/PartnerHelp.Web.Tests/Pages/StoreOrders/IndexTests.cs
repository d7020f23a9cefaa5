using System.Net;
using PartnerHelp.Testing;
using PartnerHelp.Web.Tests.Testing;

namespace PartnerHelp.Web.Tests.Pages.StoreOrders;

/// <summary>
/// Cancelling store items: review, confirm, a confirmation e-mail in the outbox. Charged items say what
/// to do instead; forged, unknown or another partner's items change nothing; a double submit cancels once.
/// </summary>
public sealed class IndexTests
{
    private const string Page = "/{0}/store-orders";

    private static string Path(string culture = "en") => string.Format(Page, culture);

    private static Dictionary<string, string> Items(string orderId, params string[] itemIds)
    {
        var form = new Dictionary<string, string> { ["OrderId"] = orderId };
        for (var i = 0; i < itemIds.Length; i++)
        {
            form[$"ItemIds[{i}]"] = itemIds[i];
        }

        return form;
    }

    [Theory]
    [InlineData("en", "admin@contoso.example", "Not charged yet", "Ask for an exchange or a refund of the item instead.")]
    [InlineData("vi", "user@contoso.example", "Chưa bị tính phí", null)]
    [InlineData("sv", "admin@contoso.example", "Inte debiterad ännu", null)]
    public async Task Get_OffersUnchargedItemsAndExplainsChargedOnes(string culture, string email, string openState, string? remedy)
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, email);

        var (response, document) = await session.GetAsync(Path(culture));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("true", document.QuerySelector("[data-item='SO-5001-1']")!.GetAttribute("data-cancellable"));
        Assert.NotNull(document.QuerySelector("input[name='ItemIds'][value='SO-5001-1']:not([disabled])"));
        Assert.Equal(openState, document.QuerySelector("[data-item='SO-5001-1'] [data-state]")!.TextContent.Trim());
        Assert.Equal("false", document.QuerySelector("[data-item='SO-5001-2']")!.GetAttribute("data-cancellable"));
        Assert.NotNull(document.QuerySelector("#item-SO-5001-2[disabled]"));
        var reason = document.QuerySelector("#reasons-SO-5001-2 [data-reason='StoreItemCharged']")!;
        if (remedy is not null)
        {
            Assert.Contains(remedy, reason.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ReviewThenConfirm_CancelsTheItemAndQueuesTheConfirmationEmail()
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, "admin@contoso.example");

        var (review, reviewDocument) = await session.PostFormAsync(Path(), Path() + "?handler=Review", Items("SO-5001", "SO-5001-1"));

        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        Assert.NotNull(reviewDocument.QuerySelector("#store-review [data-review-item='SO-5001-1']"));
        Assert.False(await StoreData.IsCancelledAsync(factory, "SO-5001-1"));

        var (confirm, _) = await session.PostFormAsync(Path(), Path() + "?handler=Confirm", Items("SO-5001", "SO-5001-1"));

        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        Assert.Equal("/en/store-orders?cancelled=SO-5001", confirm.Headers.Location!.OriginalString);
        Assert.True(await StoreData.IsCancelledAsync(factory, "SO-5001-1"));
        Assert.False(await StoreData.IsCancelledAsync(factory, "SO-5001-2"));
        Assert.Equal(1, await StoreData.ConfirmationCountAsync(factory, "SO-5001"));
        var (_, document) = await session.GetAsync(confirm.Headers.Location.OriginalString);
        Assert.Contains("A confirmation e-mail is on its way.", document.QuerySelector("#store-cancel-confirmation")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Cancelled on", document.QuerySelector("[data-item='SO-5001-1'] [data-state]")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirm_CancelsOnce_WhenSubmittedTwice()
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, "user@contoso.example");
        var token = await session.TokenAsync(Path("sv"));

        var (first, _) = await session.PostFormAsync(Path("sv"), Path("sv") + "?handler=Confirm", Items("SO-5001", "SO-5001-1"), tokenOverride: token);
        var (second, document) = await session.PostFormAsync(Path("sv"), Path("sv") + "?handler=Confirm", Items("SO-5001", "SO-5001-1"), tokenOverride: token);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("Artiklarna var redan avbrutna, så ingenting ändrades.", document.QuerySelector("#store-error p")!.TextContent.Trim());
        Assert.Equal(["sv"], await StoreData.ConfirmationCulturesAsync(factory, "SO-5001")); // one e-mail, in the user's language
    }

    [Theory]
    [InlineData("Review")]
    [InlineData("Confirm")]
    public async Task Post_RefusesWithReasonsAndChangesNothing_WhenAChargedItemIsForged(string handler)
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, "admin@contoso.example");

        var (response, document) = await session.PostFormAsync(Path(), $"{Path()}?handler={handler}", Items("SO-5001", "SO-5001-1", "SO-5001-2"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.NotNull(document.QuerySelector("#store-error"));
        Assert.NotNull(document.QuerySelector("#store-refusal [data-reason='StoreItemCharged']"));
        Assert.Null(document.QuerySelector("#store-review"));
        Assert.False(await StoreData.IsCancelledAsync(factory, "SO-5001-1"));
        Assert.False(await StoreData.IsCancelledAsync(factory, "SO-5001-2"));
        Assert.Equal(0, await StoreData.ConfirmationCountAsync(factory, "SO-5001"));
    }

    [Theory]
    [InlineData("en", "Choose at least one item to cancel.")]
    [InlineData("vi", "Hãy chọn ít nhất một mặt hàng để hủy.")]
    public async Task Review_ShowsLocalizedError_WhenNoItemIsChosen(string culture, string message)
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, "admin@contoso.example");

        var (response, document) = await session.PostFormAsync(Path(culture), Path(culture) + "?handler=Review", Items("SO-5001"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, document.QuerySelector("#items-error")!.TextContent.Trim());
        Assert.Equal(0, await StoreData.ConfirmationCountAsync(factory, "SO-5001"));
    }

    [Theory]
    [InlineData("admin@fabrikam.example", "SO-5001", "SO-5001-1")]
    [InlineData("admin@contoso.example", "SO-9999", "SO-9999-1")]
    [InlineData("admin@contoso.example", "SO-5001", "SO-5001-7")]
    [InlineData("agent@northwind.example", "SO-5001", "SO-5001-1")]
    public async Task Confirm_IsNotFoundAndChangesNothing_WhenTheOrderOrItemIsAnotherPartnersOrUnknown(string email, string orderId, string itemId)
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, email);
        var token = await session.TokenAsync("/en/tickets/new"); // partners without store orders get no form to take one from

        var (response, document) = await session.PostFormAsync(Path(), Path() + "?handler=Confirm", Items(orderId, itemId), tokenOverride: token);
        var (review, _) = await session.PostFormAsync(Path(), Path() + "?handler=Review", Items(orderId, itemId), tokenOverride: token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, review.StatusCode);
        Assert.DoesNotContain("Surface", document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.False(await StoreData.IsCancelledAsync(factory, "SO-5001-1"));
        Assert.Equal(0, await StoreData.ConfirmationCountAsync(factory, "SO-5001"));
    }

    [Fact]
    public async Task Get_IsForbidden_WhenOperator()
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, "ops@partnerhelp.example");

        var (response, _) = await session.GetAsync(Path());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Confirm_IsRefusedAndChangesNothing_WhenTheAntiforgeryTokenIsMissing()
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, "admin@contoso.example");

        var (response, _) = await session.PostFormAsync(Path(), Path() + "?handler=Confirm", Items("SO-5001", "SO-5001-1"), withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await StoreData.IsCancelledAsync(factory, "SO-5001-1"));
    }
}
