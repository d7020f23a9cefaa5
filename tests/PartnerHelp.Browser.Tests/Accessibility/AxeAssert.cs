using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace PartnerHelp.Browser.Tests.Accessibility;

/// <summary>Runs axe-core on the page and fails on any serious or critical violation, naming the rule and the elements.</summary>
public static class AxeAssert
{
    public static async Task NoSeriousViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        var serious = result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} → {string.Join(" | ", v.Nodes.Select(n => n.Html))}")
            .ToList();
        Assert.True(serious.Count == 0, $"{page.Url}: {string.Join("\n", serious)}");
    }
}
