using static Microsoft.Playwright.Assertions;

namespace PartnerHelp.Browser.Tests.Accessibility;

/// <summary>axe-core on the refund-path pages (read-only views and a refused form), in three languages.</summary>
[Collection(SiteCollection.Name)]
public sealed class RefundPathPagesAccessibilityTests(SiteFixture site)
{
    public static TheoryData<string, string, string> Pages()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var culture in new[] { "en", "vi", "sv" })
        {
            data.Add($"/{culture}/subscriptions", "agent@northwind.example", $"subscriptions-{culture}");
            data.Add($"/{culture}/credit-requests/new?incident=INC-7001", "agent@northwind.example", $"credit-request-new-{culture}");
            data.Add($"/{culture}/orders/NW-3001", "agent@northwind.example", $"order-tax-refund-{culture}");
        }

        data.Add("/en/subscriptions/NW-SUB-1001/end?action=cancel", "agent@northwind.example", "subscription-cancel-confirm-en");
        data.Add("/vi/subscriptions/NW-SUB-1002/end?action=cancel", "agent@northwind.example", "subscription-cancel-refused-vi");
        data.Add("/sv/credit-requests", "agent@northwind.example", "credit-requests-sv");
        data.Add("/en/subscriptions", "admin@contoso.example", "subscriptions-not-csp-en");
        data.Add("/sv/credit-requests/new", "admin@contoso.example", "credit-request-not-csp-sv");
        data.Add("/vi/orders/CT-1001", "admin@contoso.example", "order-not-tax-exempt-vi");
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_HasNoSeriousAccessibilityViolations(string path, string email, string screenshot)
    {
        var page = await site.NewPageAsync();
        await SiteFixture.SignInAsync(page, email, path.Split('/')[1]);

        await page.GotoAsync(path);

        await AxeAssert.NoSeriousViolationsAsync(page);
        await SiteFixture.ScreenshotAsync(page, screenshot);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task CreditRequestForm_HasNoSeriousViolations_WhenShowingErrorsAndReasons()
    {
        var page = await site.NewPageAsync();
        await SiteFixture.SignInAsync(page, "agent@northwind.example");
        await page.GotoAsync("/en/credit-requests/new");

        // Nothing filled in: the server refuses field by field and files nothing.
        await page.ClickAsync("button[data-submit-credit]");
        await Expect(page.Locator("#credit-error")).ToBeVisibleAsync();

        Assert.Equal("Fill in “End customer”.", (await page.InnerTextAsync("#customer-error")).Trim());
        await AxeAssert.NoSeriousViolationsAsync(page);
        await SiteFixture.ScreenshotAsync(page, "credit-request-errors-en");
        await page.Context.CloseAsync();
    }
}
