using static Microsoft.Playwright.Assertions;

namespace PartnerHelp.Browser.Tests.Accessibility;

/// <summary>axe-core on every page (read-only pages here; the cancel confirmation is checked in the cancel flow), with screenshots in three languages.</summary>
[Collection(SiteCollection.Name)]
public sealed class PagesAccessibilityTests(SiteFixture site)
{
    public static TheoryData<string, string?, string> Pages()
    {
        var data = new TheoryData<string, string?, string>();
        foreach (var culture in new[] { "en", "vi", "sv" })
        {
            data.Add($"/{culture}", null, $"home-{culture}");
            data.Add($"/{culture}/refund-criteria", null, $"refund-criteria-{culture}");
            data.Add($"/{culture}/account/sign-in", null, $"sign-in-{culture}");
            data.Add($"/{culture}/memberships/CT-1001/cancel", "admin@contoso.example", $"cancel-form-{culture}");
            data.Add($"/{culture}/orders/CT-1008", "admin@contoso.example", $"order-detail-{culture}");
            data.Add($"/{culture}/tickets", "user@contoso.example", $"tickets-{culture}");
            data.Add($"/{culture}/tickets/new?order=CT-1005", "admin@contoso.example", $"ticket-new-{culture}");
        }

        data.Add("/en/memberships", "admin@contoso.example", "memberships-admin-en");
        data.Add("/sv/memberships", "user@contoso.example", "memberships-user-sv");
        data.Add("/vi/memberships", "admin@fabrikam.example", "memberships-fabrikam-vi");
        data.Add("/en/orders/CT-1001", "admin@contoso.example", "order-eligible-en");
        data.Add("/vi/memberships/CT-1002/cancel", "admin@contoso.example", "cancel-not-eligible-vi");
        data.Add("/en/orders/XX-0000", "admin@contoso.example", "not-found-en");
        data.Add("/sv/memberships", "ops@partnerhelp.example", "forbidden-sv");
        data.Add("/ar/memberships", "admin@contoso.example", "memberships-ar");
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_HasNoSeriousAccessibilityViolations(string path, string? email, string screenshot)
    {
        var page = await site.NewPageAsync();
        if (email is not null)
        {
            await SiteFixture.SignInAsync(page, email, path.Split('/')[1]);
        }

        await page.GotoAsync(path);

        await AxeAssert.NoSeriousViolationsAsync(page);
        await SiteFixture.ScreenshotAsync(page, screenshot);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task CancelForm_HasNoSeriousViolations_WhenShowingErrors()
    {
        var page = await site.NewPageAsync();
        await SiteFixture.SignInAsync(page, "admin@contoso.example", "sv");
        await page.GotoAsync("/sv/memberships/CT-1001/cancel");

        // Submitting nothing: the server refuses (no reason, no authority) and changes nothing.
        await page.ClickAsync("button[data-confirm-cancel]");
        await Expect(page.Locator("#cancel-error")).ToBeVisibleAsync();

        Assert.Equal("Välj ett skäl till avbokningen.", (await page.InnerTextAsync("#reason-error")).Trim());
        Assert.Equal("Bekräfta att du har behörighet att avbryta för företagets räkning.", (await page.InnerTextAsync("#authority-error")).Trim());
        await AxeAssert.NoSeriousViolationsAsync(page);
        await SiteFixture.ScreenshotAsync(page, "cancel-form-errors-sv");
        await page.Context.CloseAsync();
    }
}
