using System.Net;
using System.Text.Json;
using PartnerHelp.Testing;

namespace PartnerHelp.Web.Tests.Api;

public sealed class OrdersApiTests(PartnerHelpFactory site) : IClassFixture<PartnerHelpFactory>
{
    /// <summary>SPEC 6 for every demo order and user: outcome, canSelfServeCancel and the reason codes in order.</summary>
    public static TheoryData<string, string, string, bool, string[]> SpecMatrix()
    {
        var data = new TheoryData<string, string, string, bool, string[]>
        {
            { "admin@contoso.example", "CT-1001", "SelfServeCancel", true, [] },
            { "admin@contoso.example", "CT-1002", "NotEligible", false, ["PurchaseWindowExpired"] },
            { "admin@contoso.example", "CT-1003", "NotEligible", false, ["BenefitsActivated"] },
            { "admin@contoso.example", "CT-1004", "NotEligible", false, ["ProductKeysViewed"] },
            { "admin@contoso.example", "CT-1005", "SupportTicketRequired", false, ["PaymentNotCreditCard"] },
            { "admin@contoso.example", "CT-1006", "NotEligible", false, ["UpgradedWithGoldDiscount"] },
            { "admin@contoso.example", "CT-1007", "NotEligible", false, ["PurchaseWindowExpired", "BenefitsActivated", "PaymentNotCreditCard"] },
            { "admin@contoso.example", "CT-1008", "AlreadyCancelled", false, ["AlreadyCancelled"] },
            { "admin@fabrikam.example", "FB-2001", "SupportTicketRequired", false, ["AccountSuspended"] },
            { "agent@northwind.example", "NW-3001", "NotEligible", false, ["PurchaseWindowExpired"] },
            { "user@contoso.example", "CT-1001", "SelfServeCancel", false, ["NotMpnAdmin"] },
            { "user@contoso.example", "CT-1002", "NotEligible", false, ["PurchaseWindowExpired", "NotMpnAdmin"] },
            { "user@contoso.example", "CT-1003", "NotEligible", false, ["BenefitsActivated", "NotMpnAdmin"] },
            { "user@contoso.example", "CT-1004", "NotEligible", false, ["ProductKeysViewed", "NotMpnAdmin"] },
            { "user@contoso.example", "CT-1005", "SupportTicketRequired", false, ["PaymentNotCreditCard", "NotMpnAdmin"] },
            { "user@contoso.example", "CT-1006", "NotEligible", false, ["UpgradedWithGoldDiscount", "NotMpnAdmin"] },
            { "user@contoso.example", "CT-1007", "NotEligible", false, ["PurchaseWindowExpired", "BenefitsActivated", "PaymentNotCreditCard", "NotMpnAdmin"] },
            { "user@contoso.example", "CT-1008", "AlreadyCancelled", false, ["AlreadyCancelled", "NotMpnAdmin"] },
        };
        return data;
    }

    [Theory]
    [MemberData(nameof(SpecMatrix))]
    public async Task Eligibility_ReturnsTheSpecOutcome_ForEveryDemoOrderAndUser(string email, string orderId, string outcome, bool canCancel, string[] codes)
    {
        var client = await SignedInAsync(email);

        using var json = await GetJsonAsync(client, $"/api/v1/orders/{orderId}/eligibility");

        var root = json.RootElement;
        Assert.Equal(orderId, root.GetProperty("orderId").GetString());
        Assert.Equal(outcome, root.GetProperty("outcome").GetString());
        Assert.Equal(canCancel, root.GetProperty("canSelfServeCancel").GetBoolean());
        Assert.Equal(codes, root.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("code").GetString()));
        Assert.All(root.GetProperty("reasons").EnumerateArray(), r => Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("message").GetString())));
    }

    public static TheoryData<string, string> EveryUserAndOrder()
    {
        var data = new TheoryData<string, string>();
        string[] users = ["admin@contoso.example", "user@contoso.example", "admin@fabrikam.example", "agent@northwind.example", "ops@partnerhelp.example"];
        string[] orders = ["CT-1001", "CT-1002", "CT-1003", "CT-1004", "CT-1005", "CT-1006", "CT-1007", "CT-1008", "FB-2001", "NW-3001"];
        foreach (var user in users)
        {
            foreach (var order in orders)
            {
                data.Add(user, order);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryUserAndOrder))]
    public async Task Eligibility_IsVisibleOnlyToTheOrdersOwnPartner_ForEveryDemoUserAndOrder(string email, string orderId)
    {
        var client = await SignedInAsync(email);
        var ownPrefix = email.Split('@')[1] switch
        {
            "contoso.example" => "CT-",
            "fabrikam.example" => "FB-",
            "northwind.example" => "NW-",
            _ => null,
        };

        using var response = await client.GetAsync($"/api/v1/orders/{orderId}/eligibility");

        var expected = ownPrefix is null ? HttpStatusCode.Forbidden
            : orderId.StartsWith(ownPrefix, StringComparison.Ordinal) ? HttpStatusCode.OK : HttpStatusCode.NotFound;
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Eligibility_ExplainsWhyCT1002IsNotEligible_WhenContosoAdminAsks()
    {
        var client = await SignedInAsync("admin@contoso.example");

        using var json = await GetJsonAsync(client, "/api/v1/orders/CT-1002/eligibility");

        var root = json.RootElement;
        Assert.Equal(4730.00m, root.GetProperty("refundAmount").GetDecimal());
        Assert.Equal("USD", root.GetProperty("currency").GetString());
        Assert.True(root.GetProperty("windowEndsAt").GetDateTimeOffset() < DateTimeOffset.UtcNow);
        Assert.StartsWith("Purchased 45 days ago.", root.GetProperty("reasons")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("vi", "Đã mua cách đây 45 ngày.")]
    [InlineData("sv", "Köpt för 45 dagar sedan.")]
    public async Task Eligibility_SpeaksTheRequestsLanguage_WhenTheCultureParameterAsksForIt(string language, string expectedStart)
    {
        var client = await SignedInAsync("admin@contoso.example");

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/orders/CT-1002/eligibility?culture={language}");
        using var response = await client.SendAsync(request);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.StartsWith(expectedStart, json.RootElement.GetProperty("reasons")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/orders")]
    [InlineData("/api/v1/orders/CT-1001/eligibility")]
    public async Task Api_Answers401NotARedirect_WhenAnonymous(string path)
    {
        using var response = await site.CreateBrowserLikeClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Theory]
    [InlineData("admin@fabrikam.example", "CT-1001")]
    [InlineData("agent@northwind.example", "CT-1002")]
    [InlineData("admin@contoso.example", "FB-2001")]
    [InlineData("admin@contoso.example", "CT-0000")]
    [InlineData("admin@contoso.example", "ct-1001")]
    [InlineData("admin@contoso.example", "CT-1001%27%20OR%201=1")]
    [InlineData("admin@contoso.example", "..%2F..%2Fetc%2Fpasswd")]
    [InlineData("admin@contoso.example", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task Eligibility_Answers404WithAClearMessage_WhenOrderIsUnknownMalformedOrAnotherPartners(string email, string orderId)
    {
        var client = await SignedInAsync(email);

        using var response = await client.GetAsync($"/api/v1/orders/{orderId}/eligibility");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("No order with that number was found for your organisation.", json.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Api_Answers403_WhenOperatorAsksForPartnerData()
    {
        var client = await SignedInAsync("ops@partnerhelp.example");

        using var response = await client.GetAsync("/api/v1/orders");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Orders_ListsOnlyTheSignedInPartnersOrders_WithRefundState()
    {
        var client = await SignedInAsync("admin@contoso.example");

        using var json = await GetJsonAsync(client, "/api/v1/orders");

        var orders = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(8, orders.Count);
        Assert.All(orders, o => Assert.StartsWith("CT-", o.GetProperty("orderId").GetString(), StringComparison.Ordinal));
        var ct1008 = orders.Single(o => o.GetProperty("orderId").GetString() == "CT-1008");
        Assert.Equal("Cancelled", ct1008.GetProperty("status").GetString());
        Assert.Equal("Processing", ct1008.GetProperty("refund").GetProperty("status").GetString());
        Assert.Equal(475.00m, ct1008.GetProperty("refund").GetProperty("amount").GetDecimal());
        Assert.Equal(JsonValueKind.Null, orders.Single(o => o.GetProperty("orderId").GetString() == "CT-1001").GetProperty("refund").ValueKind);
    }

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = site.CreateBrowserLikeClient();
        await SiteSignIn.AsAsync(client, email);
        return client;
    }

    private static async Task<JsonDocument> GetJsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
