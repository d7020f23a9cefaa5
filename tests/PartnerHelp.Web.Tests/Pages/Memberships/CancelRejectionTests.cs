using System.Net;
using PartnerHelp.Testing;
using PartnerHelp.Web.Tests.Testing;

namespace PartnerHelp.Web.Tests.Pages.Memberships;

/// <summary>
/// Every refused cancel post: forged for an order the user may not cancel, another partner's order,
/// invalid form, missing or wrong antiforgery token, anonymous. Each gets a localized message and changes nothing.
/// </summary>
public sealed class CancelRejectionTests
{
    private const string Page = "/{0}/memberships/{1}/cancel";

    private static Dictionary<string, string> ValidForm() => new()
    {
        ["Input.Reason"] = "PurchasedByMistake",
        ["Input.Note"] = "Bought twice.",
        ["Input.ConfirmAuthority"] = "true",
    };

    [Theory]
    [InlineData("en", "CT-1002", "admin@contoso.example", "This order can't be cancelled in self-serve, so nothing changed.")]
    [InlineData("vi", "CT-1005", "admin@contoso.example", "Không thể tự hủy đơn này nên không có gì thay đổi.")]
    [InlineData("sv", "CT-1001", "user@contoso.example", "Beställningen kan inte avbrytas via självbetjäning, så ingenting ändrades.")]
    [InlineData("en", "FB-2001", "admin@fabrikam.example", "This order can't be cancelled in self-serve, so nothing changed.")]
    public async Task Post_RefusesWithReasons_WhenForgedForAnOrderTheUserMayNotCancel(string culture, string orderId, string email, string message)
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, email);
        var path = string.Format(Page, culture, orderId);
        var token = await session.TokenAsync($"/{culture}/tickets/new"); // no cancel form is offered for these orders

        var (response, document) = await session.PostFormAsync(path, path, ValidForm(), tokenOverride: token);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains(message, document.QuerySelector("#cancel-error")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(document.QuerySelectorAll("[data-reason]"));
        Assert.Equal("Active", await SiteData.OrderStatusAsync(factory, orderId));
        Assert.Equal(0, await SiteData.RefundCountAsync(factory, orderId));
    }

    [Fact]
    public async Task Get_ShowsReasonsAndNoForm_WhenNotEligible()
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, "admin@contoso.example");

        var (response, document) = await session.GetAsync(string.Format(Page, "en", "CT-1007"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(document.QuerySelector("main form"));
        Assert.Equal(3, document.QuerySelectorAll("[data-reason]").Length);
    }

    [Fact]
    public async Task Post_IsNotFound_WhenTheOrderIsAnotherPartners()
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, "admin@contoso.example");
        var token = await session.TokenAsync(string.Format(Page, "en", "CT-1001"));
        var path = string.Format(Page, "en", "FB-2001");

        var (response, document) = await session.PostFormAsync(path, path, ValidForm(), tokenOverride: token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Not found", document.QuerySelector("main h1")!.TextContent.Trim());
        Assert.Equal("Active", await SiteData.OrderStatusAsync(factory, "FB-2001"));
        Assert.Equal(0, await SiteData.RefundCountAsync(factory, "FB-2001"));
    }

    public static TheoryData<string, Dictionary<string, string>, string, string> InvalidForms() => new()
    {
        { "en", new() { ["Input.Reason"] = "NoLongerNeeded", ["Input.ConfirmAuthority"] = "false" }, "#authority-error", "Confirm that you have the authority to cancel on behalf of your company." },
        { "vi", new() { ["Input.Reason"] = "NoLongerNeeded" }, "#authority-error", "Hãy xác nhận rằng bạn có quyền hủy thay mặt công ty." },
        { "sv", new() { ["Input.Reason"] = "Other", ["Input.Note"] = new string('x', 501), ["Input.ConfirmAuthority"] = "true" }, "#note-error", "Förklaringen får vara högst 500 tecken; din har 501." },
        { "en", new() { ["Input.Reason"] = "Other", ["Input.Note"] = string.Concat(Enumerable.Repeat("ab\r\n", 200)), ["Input.ConfirmAuthority"] = "true" }, "#note-error", "The explanation can be at most 500 characters; yours has 599." },
        { "en", new() { ["Input.ConfirmAuthority"] = "true" }, "#reason-error", "Choose a reason for cancelling." },
        { "en", new() { ["Input.Reason"] = "3", ["Input.ConfirmAuthority"] = "true" }, "#reason-error", "Choose a reason for cancelling." },
        { "sv", new() { ["Input.Reason"] = "Refund everything", ["Input.ConfirmAuthority"] = "true" }, "#reason-error", "Välj ett skäl till avbokningen." },
    };

    [Theory]
    [MemberData(nameof(InvalidForms))]
    public async Task Post_ShowsLocalizedFieldErrorAndChangesNothing_WhenFormInvalid(string culture, Dictionary<string, string> form, string selector, string message)
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, "admin@contoso.example");
        var path = string.Format(Page, culture, "CT-1001");

        var (response, document) = await session.PostFormAsync(path, path, form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, document.QuerySelector(selector)!.TextContent.Trim());
        Assert.NotNull(document.QuerySelector("#cancel-error"));
        Assert.NotNull(document.QuerySelector("main form"));
        Assert.Equal("Active", await SiteData.OrderStatusAsync(factory, "CT-1001"));
        Assert.Equal(0, await SiteData.RefundCountAsync(factory, "CT-1001"));
    }

    [Theory]
    [InlineData("en", null, "The form had expired or did not come from this page, so nothing was cancelled.")]
    [InlineData("sv", "forged-token", "Formuläret hade gått ut eller kom inte från den här sidan, så ingenting avbröts.")]
    public async Task Post_ShowsLocalizedErrorAndChangesNothing_WhenAntiforgeryTokenMissingOrWrong(string culture, string? token, string message)
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, "admin@contoso.example");
        var path = string.Format(Page, culture, "CT-1001");

        var (response, document) = await session.PostFormAsync(path, path, ValidForm(), withToken: token is not null, tokenOverride: token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, document.QuerySelector("#cancel-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Active", await SiteData.OrderStatusAsync(factory, "CT-1001"));
        Assert.Equal(0, await SiteData.RefundCountAsync(factory, "CT-1001"));
    }

    [Fact]
    public async Task Post_RedirectsToSignIn_WhenAnonymous()
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory);
        var path = string.Format(Page, "en", "CT-1001");

        var (response, _) = await session.PostFormAsync(path, path, ValidForm(), withToken: false);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/en/account/sign-in", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal("Active", await SiteData.OrderStatusAsync(factory, "CT-1001"));
    }
}
