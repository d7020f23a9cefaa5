using Microsoft.Extensions.Time.Testing;
using PartnerHelp.Testing;
using PartnerHelp.Web.Tests.Testing;

namespace PartnerHelp.Web.Tests.Pages.Memberships;

/// <summary>The last day of the self-serve window, as told on the pages (day 30 after purchase is still inside).</summary>
public sealed class WindowTests : IDisposable
{
    // CT-1001 is kept 5 days old: bought 5 March 2026, so day 30 is 4 April.
    private readonly PartnerHelpFactory _factory = new() { Clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero)) };

    [Theory]
    [InlineData("en", "You can cancel this order yourself until Saturday, April 4, 2026.")]
    [InlineData("sv", "Du kan avbryta beställningen själv till och med lördag 4 april 2026.")]
    public async Task Memberships_TellsTheLastDayOfTheWindow_WhenCancellable(string culture, string text)
    {
        using var session = await SiteSession.StartAsync(_factory, "admin@contoso.example");

        var (_, document) = await session.GetAsync($"/{culture}/memberships");

        var hint = document.QuerySelector("li[data-order='CT-1001'] [data-window-last-day]")!;
        Assert.Equal("2026-04-04", hint.GetAttribute("data-window-last-day"));
        Assert.Equal(text, hint.TextContent.Trim());
    }

    [Fact]
    public async Task Detail_TellsTheLastDayAndTheCancellationReason()
    {
        using var session = await SiteSession.StartAsync(_factory, "admin@contoso.example");

        var (_, eligible) = await session.GetAsync("/en/orders/CT-1001");
        var (_, cancelled) = await session.GetAsync("/vi/orders/CT-1008");

        Assert.Contains("self-serve cancellation is possible until Saturday, April 4, 2026", eligible.QuerySelector("[data-outcome]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Lý do đã nêu: Chúng tôi không còn cần gói thành viên này", cancelled.QuerySelector("[data-cancellation-reason]")!.TextContent.Trim());
    }

    public void Dispose() => _factory.Dispose();
}
