using System.Text.RegularExpressions;
using AngleSharp.Dom;
using PartnerHelp.Web.Tests.Testing;

namespace PartnerHelp.Web.Tests.Localization;

/// <summary>
/// Pseudo-localization: with every resource value wrapped in ⟦…⟧, any words left outside the brackets on
/// a page were written into the page instead of coming from Resources/ (or a key is missing).
/// Data shown as data (dates in time/dd/td, ids, people's and partners' names, the picker's language names) is exempt.
/// </summary>
public sealed partial class HardCodedTextTests(PseudoLocalizedSite site) : IClassFixture<PseudoLocalizedSite>
{
    private static readonly string[] Data =
    [
        "Avery Admin", "Uma User", "Felix Admin", "Contoso", "Fabrikam", "Oskar Operator",
        "Nora Agent", "Northwind Traders", "Microsoft 365 Business Premium", "Microsoft 365 E3", "Tailspin Toys", "Wide World Importers",
        "NW-SUB-1001", "NW-SUB-1002", "INC-7001", "Exchange Online mailbox outage", "TX-NW-3001",
    ];

    public static TheoryData<string, string?> Pages() => new()
    {
        { "/en", null },
        { "/en/refund-criteria", null },
        { "/en/account/sign-in", null },
        { "/en/memberships", "admin@contoso.example" },
        { "/en/memberships", "user@contoso.example" },
        { "/en/memberships", "admin@fabrikam.example" },
        { "/en/memberships?page=9", "admin@contoso.example" },
        { "/en/memberships/CT-1001/cancel", "admin@contoso.example" },
        { "/en/memberships/CT-1002/cancel", "admin@contoso.example" },
        { "/en/memberships/CT-1008/cancelled", "admin@contoso.example" },
        { "/en/orders/CT-1008", "user@contoso.example" },
        { "/en/orders/CT-1001", "admin@contoso.example" },
        { "/en/tickets", "admin@contoso.example" },
        { "/en/tickets/new?order=CT-1005", "admin@contoso.example" },
        { "/en/orders/XX-0000", "admin@contoso.example" },
        { "/en/memberships", "ops@partnerhelp.example" },
        { "/en/reservations", "agent@northwind.example" },
        { "/en/reservations", "admin@contoso.example" },
        { "/en/reservations/customers/c-tailspin", "agent@northwind.example" },
        { "/en/reservations/customers/c-litware", "agent@northwind.example" },
        { "/en/reservations/6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f", "agent@northwind.example" },
        { "/en/reservations/6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f/return", "agent@northwind.example" },
        { "/en/reservations/2b3c4d5e-6f70-4182-93a4-b5c6d7e8f901/exchange", "agent@northwind.example" },
        { "/en/store-orders", "admin@contoso.example" },
        { "/en/subscriptions", "agent@northwind.example" },
        { "/en/subscriptions", "admin@contoso.example" },
        { "/en/subscriptions/NW-SUB-1002/end?action=suspend", "agent@northwind.example" },
        { "/en/subscriptions/NW-SUB-1001/end?action=cancel", "agent@northwind.example" },
        { "/en/subscriptions/NW-SUB-1002/end?action=cancel", "agent@northwind.example" },
        { "/en/credit-requests", "agent@northwind.example" },
        { "/en/credit-requests/new?incident=INC-7001", "agent@northwind.example" },
        { "/en/credit-requests/new", "admin@contoso.example" },
        { "/en/orders/NW-3001", "agent@northwind.example" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_HasNoTextOutsideResources(string path, string? email)
    {
        using var session = await SiteSession.StartAsync(site, email);

        var (_, document) = await session.GetAsync(path);

        AssertAllTextFromResources(document, path);
    }

    [Fact]
    public async Task CancelForm_HasNoTextOutsideResources_WhenShowingErrors()
    {
        using var session = await SiteSession.StartAsync(site, "admin@contoso.example");
        var path = "/en/memberships/CT-1001/cancel";

        var (_, document) = await session.PostFormAsync(path, path, new Dictionary<string, string> { ["Input.Note"] = new string('7', 600) });

        Assert.NotNull(document.QuerySelector("#note-error"));
        AssertAllTextFromResources(document, path + " (errors)");
    }

    [Theory]
    [InlineData("/en/memberships/CT-1001/cancel", "Input.ConfirmAuthority", "#authority-error")]
    [InlineData("/en/subscriptions/NW-SUB-1001/end", "confirm", "#confirm-error")]
    public async Task UnbindableValue_HasNoTextOutsideResources(string path, string field, string error)
    {
        using var session = await SiteSession.StartAsync(site, path.Contains("memberships", StringComparison.Ordinal) ? "admin@contoso.example" : "agent@northwind.example");

        var (_, document) = await session.PostFormAsync(path + (path.EndsWith("/end", StringComparison.Ordinal) ? "?action=cancel" : string.Empty), path,
            new Dictionary<string, string> { ["action"] = "cancel", ["Input.Reason"] = "Other", [field] = "garbage" });

        Assert.NotNull(document.QuerySelector(error));
        AssertAllTextFromResources(document, path + " (unbindable value)");
    }

    [Theory]
    [InlineData("1000", "VirtualMachines")]
    [InlineData("not a price", "SqlDatabase")]
    public async Task ExchangeQuote_HasNoTextOutsideResources_WhenRefusedOrInvalid(string price, string type)
    {
        using var session = await SiteSession.StartAsync(site, "agent@northwind.example");
        var path = "/en/reservations/6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f/exchange";

        var (_, document) = await session.PostFormAsync(path, path + "?handler=Quote", new Dictionary<string, string>
        {
            ["Input.NewType"] = type, ["Input.NewSku"] = "Standard_D8s_v5", ["Input.NewTermYears"] = "1", ["Input.NewPrice"] = price,
        });

        Assert.NotEmpty(document.QuerySelectorAll("[data-reason], .field-error"));
        AssertAllTextFromResources(document, path + " (quote)");
    }

    [Fact]
    public async Task StoreOrders_HasNoTextOutsideResources_WhenReviewingOrRefusing()
    {
        using var session = await SiteSession.StartAsync(site, "admin@contoso.example");
        var path = "/en/store-orders";

        var (_, review) = await session.PostFormAsync(path, path + "?handler=Review", new Dictionary<string, string> { ["OrderId"] = "SO-5001", ["ItemIds"] = "SO-5001-1" });
        var (_, refusal) = await session.PostFormAsync(path, path + "?handler=Review", new Dictionary<string, string> { ["OrderId"] = "SO-5001", ["ItemIds"] = "SO-5001-2" });

        Assert.NotNull(review.QuerySelector("#store-review"));
        Assert.NotNull(refusal.QuerySelector("#store-refusal"));
        AssertAllTextFromResources(review, path + " (review)");
        AssertAllTextFromResources(refusal, path + " (refusal)");
    }

    [Fact]
    public async Task SignIn_HasNoTextOutsideResources_WhenValidationFails()
    {
        using var session = await SiteSession.StartAsync(site);

        var (_, document) = await session.PostFormAsync("/en/account/sign-in", "/en/account/sign-in", new Dictionary<string, string> { ["Input.Email"] = "not-an-address" });

        Assert.NotEmpty(document.QuerySelectorAll(".field-error"));
        AssertAllTextFromResources(document, "sign-in (errors)");
    }

    [Fact]
    public void Strip_LeavesOnlyUnwrappedText() =>
        Assert.Equal(" and left", Strip("⟦a ⟦nested⟧ one⟧ and left"));

    private static void AssertAllTextFromResources(IDocument document, string page)
    {
        var leaks = new List<string>();
        foreach (var node in document.Body!.Descendants().Where(n => n.NodeType == NodeType.Text))
        {
            if (node.ParentElement!.Closest("script, code, time, dd, td, .language-picker") is not null)
            {
                continue;
            }

            var left = Strip(node.TextContent);
            if (Letter().IsMatch(left))
            {
                leaks.Add($"\"{node.TextContent.Trim()}\" in <{node.ParentElement!.LocalName}>");
            }
        }

        foreach (var element in document.Body!.QuerySelectorAll("[aria-label], [title], [placeholder]"))
        {
            foreach (var attribute in new[] { "aria-label", "title", "placeholder" })
            {
                if (element.GetAttribute(attribute) is { } value && Letter().IsMatch(Strip(value)))
                {
                    leaks.Add($"{attribute}=\"{value}\"");
                }
            }
        }

        Assert.True(leaks.Count == 0, $"{page}: text not from resources: {string.Join("; ", leaks.Distinct())}");
    }

    private static string Strip(string text)
    {
        string previous;
        do
        {
            previous = text;
            text = Wrapped().Replace(text, string.Empty);
        }
        while (text != previous);

        text = OrderId().Replace(text, string.Empty);
        foreach (var data in Data)
        {
            text = text.Replace(data, string.Empty, StringComparison.Ordinal);
        }

        return text;
    }

    [GeneratedRegex("⟦[^⟦⟧]*⟧")]
    private static partial Regex Wrapped();

    [GeneratedRegex(@"\b[A-Z]{2}-\d{4}\b")]
    private static partial Regex OrderId();

    [GeneratedRegex(@"\p{L}")]
    private static partial Regex Letter();
}
