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
    [Fact]
    public async Task ChatPanel_ShowsTheRoomLeft_AndAnswersAPastedEmail()
    {
        var page = await site.NewPageAsync();
        await SiteFixture.SignInAsync(page, "admin@contoso.example");
        await page.ClickAsync(".chat__toggle");
        var filler = string.Concat(Enumerable.Repeat("We reviewed our purchases with the finance team this quarter and filed every invoice. ", 30));
        await page.FillAsync("#chat-input", $"Hello,\n{filler}\nThe order is CT-1008.\n{filler}\nWhen will the refund reach our card?\nRegards, Anna");

        Assert.Matches(@"^[0-9,]+ characters left$", await page.InnerTextAsync(".chat__room"));
        await page.PressAsync("#chat-input", "Enter");
        var answer = page.Locator(".chat__msg--bot", new() { HasText = "CT-1008" });
        await answer.WaitForAsync();
        Assert.Contains("Processing", await answer.InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChatPanel_KeepsATooLongMessage_AndSaysSoInTheChat()
    {
        var page = await site.NewPageAsync("sv");
        await page.GotoAsync("/sv");
        await page.ClickAsync(".chat__toggle");
        var limit = int.Parse((await page.GetAttributeAsync("[data-chat]", "data-max-length"))!, System.Globalization.CultureInfo.InvariantCulture);
        var text = new string('a', limit + 5);
        await page.FillAsync("#chat-input", text);

        Assert.Equal("5 tecken för mycket", await page.InnerTextAsync(".chat__room"));
        await page.PressAsync("#chat-input", "Enter");
        await page.Locator(".chat__msg--notice").WaitForAsync();
        Assert.Contains("för långt", await page.InnerTextAsync(".chat__msg--notice"), StringComparison.Ordinal);
        Assert.Equal(limit + 5, (await page.InputValueAsync("#chat-input")).Length);
        Assert.Equal(0, await page.Locator(".chat__msg--user").CountAsync());
    }
}
