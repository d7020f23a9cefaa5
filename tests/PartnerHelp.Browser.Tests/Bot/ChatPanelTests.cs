using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace PartnerHelp.Browser.Tests.Bot;

[Collection(SiteCollection.Name)]
public sealed class ChatPanelTests(SiteFixture site)
{
    [Fact]
    public async Task ChatPanel_HasNoAccessibilityViolations_WhenClosedAndWhenOpenWithAnAnswer()
    {
        var page = await site.NewPageAsync();
        await SiteFixture.SignInAsync(page, "user@contoso.example");
        var closed = await page.Locator("[data-chat]").RunAxe();
        Assert.True(closed.Violations.Length == 0, string.Join("\n", closed.Violations.Select(v => $"{v.Id}: {v.Help}")));
        await page.ClickAsync(".chat__toggle");
        await page.FillAsync("#chat-input", "Why is cancel disabled for CT-1001?");
        await page.PressAsync("#chat-input", "Enter");
        await page.Locator(".chat__msg--bot", new() { HasText = "CT-1001" }).WaitForAsync();

        var results = await page.Locator("[data-chat]").RunAxe();

        Assert.True(results.Violations.Length == 0, string.Join("\n", results.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})")));
        Assert.Contains("partner admin", await page.InnerTextAsync(".chat__msg--bot >> nth=-1"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChatPanel_OpensOnTheReadingEndSide_WhenThePageIsRightToLeft()
    {
        var page = await site.NewPageAsync("ar");
        await page.SetViewportSizeAsync(1280, 720);
        await page.GotoAsync("/ar");
        var box = await page.Locator(".chat__toggle").BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.X < 640, $"In RTL the help button sits on the left; it is at x={box.X}.");

        await page.ClickAsync(".chat__toggle");
        await page.FillAsync("#chat-input", "ما هي شروط الاسترداد؟");
        await page.PressAsync("#chat-input", "Enter");
        var answer = page.Locator(".chat__msg--bot");
        await answer.Last.WaitForAsync();
        Assert.Equal("ar", await answer.Last.GetAttributeAsync("lang"));
        await SiteFixture.ScreenshotAsync(page, "bot-chat-panel-ar");
    }
}
