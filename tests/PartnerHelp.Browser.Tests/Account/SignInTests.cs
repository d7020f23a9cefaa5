namespace PartnerHelp.Browser.Tests.Account;

[Collection(SiteCollection.Name)]
public sealed class SignInTests(SiteFixture site)
{
    [Fact]
    public async Task SignIn_ShowsTheUserInTheHeader_WhenDemoAdminSignsInThroughThePage()
    {
        var page = await site.NewPageAsync();

        await SiteFixture.SignInAsync(page, "admin@contoso.example");

        Assert.EndsWith("/en", page.Url, StringComparison.Ordinal);
        Assert.Contains("Avery Admin", await page.InnerTextAsync(".signed-in"), StringComparison.Ordinal);
        await SiteFixture.ScreenshotAsync(page, "signed-in-home-en");
    }

    [Fact]
    public async Task SignIn_ShowsLocalizedError_WhenPasswordIsWrong()
    {
        var page = await site.NewPageAsync("sv-SE");
        await page.GotoAsync("/sv/account/sign-in");
        await page.FillAsync("input[name='Input.Email']", "user@contoso.example");
        await page.FillAsync("input[name='Input.Password']", "not-the-password");

        await page.ClickAsync("form.form button[type=submit]");

        Assert.Contains("E-postadressen eller lösenordet är fel.", await page.InnerTextAsync(".form-errors"), StringComparison.Ordinal);
        Assert.Contains("/sv/account/sign-in", page.Url, StringComparison.Ordinal);
    }
}
