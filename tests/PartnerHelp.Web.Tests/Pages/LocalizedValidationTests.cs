using System.Net;
using PartnerHelp.Testing;
using PartnerHelp.Web.Tests.Testing;

namespace PartnerHelp.Web.Tests.Pages;

/// <summary>
/// DataAnnotations on the forms' input models, with messages and labels from each form's own resource in the post's
/// language: the message is next to its field, the field points at it for assistive technology, nothing changes, and
/// a form shown without errors has no error elements.
/// </summary>
public sealed class LocalizedValidationTests(SharedSite site) : IClassFixture<SharedSite>
{
    public static TheoryData<string, string, string, Dictionary<string, string>, string, string, string> InvalidPosts() => new()
    {
        { "agent@northwind.example", "/ja/subscriptions/NW-SUB-1001/end?action=cancel", "/ja/subscriptions/NW-SUB-1001/end", new() { ["action"] = "cancel" }, "input[name='confirm']", "#confirm-error", "このサブスクリプションを終了することを確認してください。" },
        { "agent@northwind.example", "/de/subscriptions/NW-SUB-1001/end?action=cancel", "/de/subscriptions/NW-SUB-1001/end", new() { ["action"] = "cancel", ["confirm"] = "false" }, "input[name='confirm']", "#confirm-error", "Bestätigen Sie, dass Sie dieses Abonnement beenden möchten." },
        { "admin@contoso.example", "/ar/tickets/new", "/ar/tickets/new", new() { ["Input.Subject"] = "   ", ["Input.Description"] = "D" }, "#ticket-subject", "#subject-error", "الحقل الموضوع مطلوب." },
        { "admin@contoso.example", "/fr/tickets/new", "/fr/tickets/new", new() { ["Input.Subject"] = "S", ["Input.Description"] = " \r\n " }, "#ticket-description", "#description-error", "Le champ Description de la demande est obligatoire." },
    };

    [Theory]
    [MemberData(nameof(InvalidPosts))]
    public async Task Post_ShowsTheLocalizedMessageByItsField_AndChangesNothing(
        string user, string formPage, string action, Dictionary<string, string> fields, string field, string error, string message)
    {
        using var session = await SiteSession.StartAsync(site.Factory, user);
        var (_, shown) = await session.GetAsync(formPage);
        var before = await DatabaseFingerprint.TakeAsync(site.Factory, DatabaseFingerprint.RequestOnlyTables);

        var (response, document) = await session.PostFormAsync(formPage, action, fields);

        Assert.Null(shown.QuerySelector(error));
        Assert.Null(shown.QuerySelector(field)!.GetAttribute("aria-invalid"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, document.QuerySelector(error)?.TextContent.Trim());
        Assert.Equal("true", document.QuerySelector(field)!.GetAttribute("aria-invalid"));
        Assert.Contains(error[1..], (document.QuerySelector(field)!.GetAttribute("aria-describedby") ?? string.Empty).Split(' '));
        Assert.Empty((await DatabaseFingerprint.TakeAsync(site.Factory, DatabaseFingerprint.RequestOnlyTables)).ChangedSince(before));
    }
}
