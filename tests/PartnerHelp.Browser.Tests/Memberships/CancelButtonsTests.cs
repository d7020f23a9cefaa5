using System.Text.Json;
using Microsoft.Playwright;

namespace PartnerHelp.Browser.Tests.Memberships;

/// <summary>Each demo user sees the Cancel buttons the eligibility service allows, and the reasons in their language.</summary>
[Collection(SiteCollection.Name)]
public sealed class CancelButtonsTests(SiteFixture site)
{
    public static TheoryData<string, string, string, string> Users()
    {
        // user, culture, enabled orders, disabled order → reason codes
        var data = new TheoryData<string, string, string, string>();
        foreach (var culture in new[] { "en", "vi", "sv" })
        {
            data.Add("admin@contoso.example", culture, "CT-1001",
                "CT-1002:PurchaseWindowExpired;CT-1003:BenefitsActivated;CT-1004:ProductKeysViewed;CT-1005:PaymentNotCreditCard;CT-1006:UpgradedWithGoldDiscount;CT-1007:PurchaseWindowExpired,BenefitsActivated,PaymentNotCreditCard");
            data.Add("user@contoso.example", culture, "",
                "CT-1001:NotMpnAdmin;CT-1002:PurchaseWindowExpired,NotMpnAdmin;CT-1005:PaymentNotCreditCard,NotMpnAdmin;CT-1007:PurchaseWindowExpired,BenefitsActivated,PaymentNotCreditCard,NotMpnAdmin");
            data.Add("admin@fabrikam.example", culture, "", "FB-2001:AccountSuspended");
            data.Add("agent@northwind.example", culture, "", "NW-3001:PurchaseWindowExpired");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Users))]
    public async Task Memberships_EnablesOnlyEligibleButtonsAndShowsReasons_ForEachDemoUser(string email, string culture, string enabled, string disabled)
    {
        var page = await site.NewPageAsync();
        await SiteFixture.SignInAsync(page, email, culture);

        await page.GotoAsync($"/{culture}/memberships");

        foreach (var orderId in enabled.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.True(await page.Locator($"[data-cancel-order='{orderId}']").IsEnabledAsync(), $"{orderId} should be cancellable for {email}");
        }

        Assert.Equal(enabled.Split(';', StringSplitOptions.RemoveEmptyEntries).Length, await page.Locator("a[data-cancel-order]").CountAsync());
        foreach (var entry in disabled.Split(';'))
        {
            var orderId = entry.Split(':')[0];
            var codes = entry.Split(':')[1].Split(',');
            var button = page.Locator($"button[data-cancel-order='{orderId}']");
            Assert.True(await button.IsDisabledAsync(), $"{orderId} should be disabled for {email}");
            var card = page.Locator($"li[data-order='{orderId}']");
            Assert.Equal(codes, await card.Locator("[data-reason]").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.reason)"));
            await AssertReasonsMatchTheApiAsync(page, card, orderId, culture);
        }

        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("en", "Purchased 45 days ago.")]
    [InlineData("vi", "Đã mua cách đây 45 ngày.")]
    [InlineData("sv", "Köpt för 45 dagar sedan.")]
    public async Task Memberships_WritesTheWindowReasonWithItsFacts_InTheLanguage(string culture, string start)
    {
        var page = await site.NewPageAsync();
        await SiteFixture.SignInAsync(page, "admin@contoso.example", culture);

        await page.GotoAsync($"/{culture}/memberships");

        var text = await page.Locator("li[data-order='CT-1002'] [data-reason='PurchaseWindowExpired'] .reasons__text").InnerTextAsync();
        Assert.StartsWith(start, text, StringComparison.Ordinal);
        await SiteFixture.ScreenshotAsync(page, $"memberships-{culture}");
        await page.SetViewportSizeAsync(390, 844);
        await SiteFixture.ScreenshotAsync(page, $"memberships-phone-{culture}");
        await page.Context.CloseAsync();
    }

    /// <summary>The page and the JSON API render reasons through the same EligibilityText: the visible words must match.</summary>
    private static async Task AssertReasonsMatchTheApiAsync(IPage page, ILocator card, string orderId, string culture)
    {
        var response = await page.Context.APIRequest.GetAsync($"/api/v1/orders/{orderId}/eligibility?culture={culture}");
        Assert.True(response.Ok, $"eligibility API answered {response.Status}");
        using var json = JsonDocument.Parse(await response.TextAsync());
        foreach (var reason in json.RootElement.GetProperty("reasons").EnumerateArray())
        {
            var code = reason.GetProperty("code").GetString();
            var text = card.Locator($"[data-reason='{code}'] .reasons__text");
            Assert.True(await text.IsVisibleAsync(), $"{orderId} {code} is not visible");
            Assert.Equal(reason.GetProperty("message").GetString(), (await text.InnerTextAsync()).Trim());
        }
    }
}
