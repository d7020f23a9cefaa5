using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using PartnerHelp.Testing;
using PartnerHelp.Web.Tests.Testing;

namespace PartnerHelp.Web.Tests.Pages;

/// <summary>
/// The forms' radios and confirmation boxes come from <c>asp-for</c>: the names and values the posts and the browser
/// tests use, an id per radio, and a checkbox's hidden "false" after it. Sent as a browser sends them (ticked boxes and
/// chosen radios only, the hidden fields always), an unticked box is refused with the choices kept, a ticked one acts.
/// </summary>
public sealed class FormControlsTests : IDisposable
{
    private readonly PartnerHelpFactory _site = new();

    public FormControlsTests() => _site.Settings["Jobs:Enabled"] = "false";

    public static TheoryData<string, string, string?, string, string> Forms() => new()
    {
        { "admin@contoso.example", "/en/memberships/CT-1001/cancel", "input[name='Input.Reason'][value='WrongOffer']", "input[name='Input.ConfirmAuthority']", "/en/memberships/CT-1001/cancelled" },
        { "agent@northwind.example", "/sv/subscriptions/NW-SUB-1001/end?action=cancel", null, "input[name='confirm']", "/sv/subscriptions?ended=NW-SUB-1001" },
        { "agent@northwind.example", $"/vi/reservations/{ReservationData.Vm}/return", null, "input[name='Confirm']", $"/vi/reservations/{ReservationData.Vm}?done=returned" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Form_SentAsABrowserSendsIt_IsRefusedUnticked_AndActsTicked(string user, string path, string? radio, string box, string done)
    {
        using var session = await SiteSession.StartAsync(_site, user);
        var (_, page) = await session.GetAsync(path);
        var checkbox = (IHtmlInputElement)page.QuerySelector("main form " + box)!;
        Assert.Equal(("checkbox", "true", false), (checkbox.Type, checkbox.Value, checkbox.IsChecked));
        Assert.Single(page.QuerySelectorAll("main form input[type='hidden'][value='false']"), h => string.Equals(h.GetAttribute("name"), checkbox.Name, StringComparison.OrdinalIgnoreCase));
        if (radio is not null)
        {
            ((IHtmlInputElement)page.QuerySelector(radio)!).IsChecked = true;
        }

        var before = await DatabaseFingerprint.TakeAsync(_site, DatabaseFingerprint.RequestOnlyTables);
        var (refused, shown) = await PostAsync(session, path, page);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Empty((await DatabaseFingerprint.TakeAsync(_site, DatabaseFingerprint.RequestOnlyTables)).ChangedSince(before));
        Assert.Equal("true", shown.QuerySelector("main form " + box)!.GetAttribute("aria-invalid"));
        Assert.True(radio is null || ((IHtmlInputElement)shown.QuerySelector(radio)!).IsChecked);

        ((IHtmlInputElement)shown.QuerySelector("main form " + box)!).IsChecked = true;
        var (done1, _) = await PostAsync(session, path, shown);

        Assert.Equal(HttpStatusCode.Redirect, done1.StatusCode);
        Assert.Equal(done, done1.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("admin@contoso.example", "/en/memberships/CT-1001/cancel", "Input.Reason", "reason-", "NoLongerNeeded,PurchasedByMistake,WrongOffer,TooExpensive,Other", null)]
    [InlineData("agent@northwind.example", $"/en/reservations/{ReservationData.Vm}", "Input.Scope", "scope-", "SingleSubscription,Shared", "Shared")]
    [InlineData("agent@northwind.example", "/en/reservations/2b3c4d5e-6f70-4182-93a4-b5c6d7e8f901/exchange", "Input.NewTermYears", "term-", "1,3", "3")]
    [InlineData("agent@northwind.example", "/en/credit-requests/new?incident=INC-7001", "Input.Category", "category-", "LicenseBilling,ServiceIncident,AzureServiceCredit", "ServiceIncident")]
    public async Task Radios_HaveTheirNamesValuesAndAnIdEach_WithTheModelsChoiceChecked(string user, string path, string name, string idPrefix, string values, string? chosen)
    {
        using var session = await SiteSession.StartAsync(_site, user);

        var (_, page) = await session.GetAsync(path);

        var radios = page.QuerySelectorAll($"main form input[type='radio'][name='{name}']").Cast<IHtmlInputElement>().ToList();
        Assert.Equal(values.Split(','), radios.Select(r => r.Value));
        Assert.Equal(radios.Select(r => idPrefix + r.Value), radios.Select(r => r.Id));
        Assert.Equal(chosen, radios.SingleOrDefault(r => r.IsChecked)?.Value);
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    public void Dispose() => _site.Dispose();

    /// <summary>The first form in main, as a browser sends it: hidden and text fields, chosen radios, ticked boxes.</summary>
    private static async Task<(HttpResponseMessage Response, IDocument Document)> PostAsync(SiteSession session, string path, IDocument page)
    {
        var form = (IHtmlFormElement)page.QuerySelector("main form")!;
        var fields = form.Elements.OfType<IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name) && !i.IsDisabled && (i.Type is not ("checkbox" or "radio") || i.IsChecked))
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value))
            .Concat(form.Elements.OfType<IHtmlTextAreaElement>().Select(t => new KeyValuePair<string, string>(t.Name!, t.Value)))
            .ToList();
        using var content = new FormUrlEncodedContent(fields);
        var action = form.GetAttribute("action") is { Length: > 0 } target ? target : path;
        var response = await session.Client.PostAsync(action, content);
        return (response, await SiteSession.ParseAsync(response));
    }
}
