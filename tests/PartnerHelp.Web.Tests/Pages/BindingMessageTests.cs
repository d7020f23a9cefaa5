using System.Net;
using PartnerHelp.Web.Tests.Testing;

namespace PartnerHelp.Web.Tests.Pages;

/// <summary>
/// A value the model binder cannot convert (a confirmation box posted as "garbage", or blank) is refused like any other
/// invalid field: 400, the page's refusal, the framework's message in the post's language by its field (never
/// ASP.NET Core's English "The value '…' is not valid for …"), and nothing changed: no order, no refund.
/// </summary>
public sealed class BindingMessageTests(SharedSite site) : IClassFixture<SharedSite>
{
    private const string Agent = "agent@northwind.example";
    private const string Admin = "admin@contoso.example";

    public static TheoryData<string, string, string, string, Dictionary<string, string>, string, string, string> BadValues() => new()
    {
        {
            Agent, "NW-SUB-1001", "/sv/subscriptions/NW-SUB-1001/end?action=cancel", "/sv/subscriptions/NW-SUB-1001/end",
            new() { ["action"] = "cancel", ["confirm"] = "garbage" }, "input[name='confirm']", "#end-error",
            "Bekräftelse av avslutet: ”garbage” är inte ett giltigt värde."
        },
        {
            Admin, "CT-1001", "/vi/memberships/CT-1001/cancel", "/vi/memberships/CT-1001/cancel",
            new() { ["Input.Reason"] = "NoLongerNeeded", ["Input.ConfirmAuthority"] = "garbage" }, "input[name='Input.ConfirmAuthority']", "#cancel-error",
            "Quyền hủy đơn: \"garbage\" không phải là giá trị hợp lệ."
        },
        {
            Agent, ReservationData.Vm, $"/ar/reservations/{ReservationData.Vm}/return", $"/ar/reservations/{ReservationData.Vm}/return",
            new() { ["Confirm"] = "نعم" }, "input[name='Confirm']", "#return-error",
            "تأكيد الإرجاع: «نعم» ليست قيمة صالحة."
        },
        {
            Agent, ReservationData.Vm, $"/de/reservations/{ReservationData.Vm}/return", $"/de/reservations/{ReservationData.Vm}/return",
            new() { ["Confirm"] = "ja" }, "input[name='Confirm']", "#return-error",
            "Bestätigung der Rückgabe: „ja“ ist kein gültiger Wert."
        },
        {
            Agent, "NW-SUB-1001", "/en/subscriptions/NW-SUB-1001/end?action=cancel", "/en/subscriptions/NW-SUB-1001/end",
            new() { ["action"] = "cancel", ["confirm"] = "1" }, "input[name='confirm']", "#end-error",
            "Confirmation to end the subscription: \"1\" is not a valid value."
        },
        {
            Agent, "NW-SUB-1001", "/en/subscriptions/NW-SUB-1001/end?action=cancel", "/en/subscriptions/NW-SUB-1001/end",
            new() { ["action"] = "cancel", ["confirm"] = " " }, "input[name='confirm']", "#end-error",
            "A value is required."
        },
        {
            Admin, "CT-1001", "/en/memberships/CT-1001/cancel", "/en/memberships/CT-1001/cancel",
            new() { ["Input.Reason"] = "NoLongerNeeded", ["Input.ConfirmAuthority"] = "<script>alert(1)</script>\r\n" + new string('x', 5000) },
            "input[name='Input.ConfirmAuthority']", "#cancel-error",
            "Authority to cancel: \"<script>alert(1)</script> xxxxxxxxxxxxxx…\" is not a valid value."
        },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task Post_RefusesAnUnbindableValueInThePostsLanguage_AndChangesNothing(
        string user, string order, string formPage, string action, Dictionary<string, string> fields, string field, string alert, string message)
    {
        using var session = await SiteSession.StartAsync(site.Factory, user);
        var before = await DatabaseFingerprint.TakeAsync(site.Factory, DatabaseFingerprint.RequestOnlyTables);
        var refunds = await SiteData.RefundCountAsync(site.Factory, order);

        var (response, document) = await session.PostFormAsync(formPage, action, fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(document.QuerySelector($"{alert}[role='alert']"));
        var input = document.QuerySelector(field)!;
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        var error = document.GetElementById(input.GetAttribute("aria-describedby")!.Split(' ')[^1])!;
        Assert.Equal(message, error.TextContent.Trim());
        Assert.DoesNotContain("is not valid for", document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(document.QuerySelector("main script:not([src])"));
        Assert.Empty((await DatabaseFingerprint.TakeAsync(site.Factory, DatabaseFingerprint.RequestOnlyTables)).ChangedSince(before));
        Assert.Equal(refunds, await SiteData.RefundCountAsync(site.Factory, order));
    }
}
