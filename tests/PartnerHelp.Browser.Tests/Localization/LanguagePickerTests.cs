namespace PartnerHelp.Browser.Tests.Localization;

/// <summary>The language picker keeps the visitor on the same page and the choice is remembered.</summary>
[Collection(SiteCollection.Name)]
public sealed class LanguagePickerTests(SiteFixture site)
{
    [Fact]
    public async Task Picker_SwitchesLanguageOnTheSamePage_AndRemembersIt()
    {
        var page = await site.NewPageAsync();
        await SiteFixture.SignInAsync(page, "admin@contoso.example");
        await page.GotoAsync("/en/orders/CT-1008");

        await page.ClickAsync(".language-picker summary");
        await page.ClickAndWaitForUrlAsync(".language-picker a[hreflang='sv']", "**/sv/orders/CT-1008");

        Assert.Equal("Beställning CT-1008", (await page.InnerTextAsync("main h1")).Trim());
        Assert.Equal("sv", await page.GetAttributeAsync("html", "lang"));

        await page.ClickAsync(".language-picker summary");
        await page.ClickAndWaitForUrlAsync(".language-picker a[hreflang='vi']", "**/vi/orders/CT-1008");
        Assert.Equal("Đơn hàng CT-1008", (await page.InnerTextAsync("main h1")).Trim());

        await page.GotoAsync("/");
        await page.WaitForURLAsync("**/vi");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Picker_SwitchesToRightToLeft_WhenArabic()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/en/refund-criteria");

        await page.ClickAsync(".language-picker summary");
        await page.ClickAndWaitForUrlAsync(".language-picker a[hreflang='ar']", "**/ar/refund-criteria");

        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
        await SiteFixture.ScreenshotAsync(page, "refund-criteria-ar");
        await page.Context.CloseAsync();
    }
}
