using static Microsoft.Playwright.Assertions;

namespace PartnerHelp.Browser.Tests.Accessibility;

/// <summary>axe-core on the reservations and store-order pages (read-only views), with screenshots in three languages.</summary>
[Collection(SiteCollection.Name)]
public sealed class ReservationsAndStoreAccessibilityTests(SiteFixture site)
{
    private const string Vm = "6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f";
    private const string Sql = "2b3c4d5e-6f70-4182-93a4-b5c6d7e8f901";

    public static TheoryData<string, string, string> Pages()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var culture in new[] { "en", "vi", "sv" })
        {
            data.Add($"/{culture}/reservations", "agent@northwind.example", $"reservations-customers-{culture}");
            data.Add($"/{culture}/reservations/customers/c-tailspin", "agent@northwind.example", $"reservations-tailspin-{culture}");
            data.Add($"/{culture}/reservations/{Sql}", "agent@northwind.example", $"reservation-detail-sql-{culture}");
            data.Add($"/{culture}/store-orders", "admin@contoso.example", $"store-orders-{culture}");
        }

        data.Add("/en/reservations/customers/c-litware", "agent@northwind.example", "reservations-litware-en");
        data.Add($"/en/reservations/{Vm}/return", "agent@northwind.example", "reservation-return-form-en");
        data.Add($"/vi/reservations/{Vm}/exchange", "agent@northwind.example", "reservation-exchange-form-vi");
        data.Add("/sv/reservations", "admin@contoso.example", "reservations-not-agent-sv");
        data.Add("/ar/reservations", "agent@northwind.example", "reservations-ar");
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
    public async Task ExchangeForm_HasNoSeriousViolations_WhenShowingErrors()
    {
        var page = await site.NewPageAsync();
        await SiteFixture.SignInAsync(page, "agent@northwind.example");
        await page.GotoAsync($"/en/reservations/{Vm}/exchange");

        await page.ClickAsync("button[data-quote-exchange]");
        await Expect(page.Locator("#exchange-error")).ToBeVisibleAsync();

        Assert.Equal("Enter the product (SKU), at most 100 characters.", (await page.InnerTextAsync("#sku-error")).Trim());
        await AxeAssert.NoSeriousViolationsAsync(page);
        await SiteFixture.ScreenshotAsync(page, "reservation-exchange-errors-en");
        await page.Context.CloseAsync();
    }
}
