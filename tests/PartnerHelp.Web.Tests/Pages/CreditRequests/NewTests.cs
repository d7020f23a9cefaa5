using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Testing;
using PartnerHelp.Web.Tests.Testing;

namespace PartnerHelp.Web.Tests.Pages.CreditRequests;

/// <summary>Filing a credit request with its upload through the real form, and every refusal changing nothing.</summary>
public sealed class NewTests
{
    private const string Page = "/{0}/credit-requests/new";
    private static readonly byte[] Pdf = [.. "%PDF-1.7\n"u8, .. new byte[300]];

    [Fact]
    public async Task Get_PrefillsTheIncidentAndShowsItsDeadline()
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, "agent@northwind.example");
        var day = Today(factory).AddDays(-10); // the demo incident is kept 10 days old

        var (response, document) = await session.GetAsync("/en/credit-requests/new?incident=INC-7001");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Tailspin Toys", document.QuerySelector("#credit-customer")!.GetAttribute("value"));
        Assert.Equal(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), document.QuerySelector("#credit-date")!.GetAttribute("value"));
        var deadline = new DateOnly(day.Year, day.Month, 1).AddMonths(2).AddDays(-1);
        Assert.Equal($"Deadline for this incident: {deadline.ToString("D", CultureInfo.GetCultureInfo("en"))}", document.QuerySelector("#credit-deadline")!.TextContent.Trim());
        Assert.Equal(".pdf,.docx,.xlsx,.png,.jpg,.jpeg", string.Join(",", document.QuerySelector("#credit-form")!.GetAttribute("accept")!.Split(',').Where(a => a.StartsWith('.'))));
        Assert.Contains("through Azure support", document.QuerySelector("#category-hint-AzureServiceCredit")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_FilesTheRequestWithItsFormAndShowsTheReference()
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, "agent@northwind.example");

        var response = await PostAsync(session, "en", await FieldsAsync(session, Today(factory)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await SiteData.QueryAsync(factory, db => db.CreditRequests.SingleAsync());
        Assert.Matches("^CR-[0-9]{8}-[A-Z2-9]{6}$", stored.Id);
        Assert.Equal(("INC-7001", "credit-form.pdf", "application/pdf"), (stored.IncidentId, stored.FormFileName, stored.FormContentType));
        Assert.Equal(Pdf, (await SiteData.QueryAsync(factory, db => db.CreditRequestForms.SingleAsync())).Content);
        var (_, list) = await session.GetAsync(response.Headers.Location!.OriginalString);
        Assert.Equal(stored.Id, list.QuerySelector("#credit-submitted [data-reference]")!.TextContent);
        Assert.Equal("Submitted", list.QuerySelector($"[data-credit-request='{stored.Id}'] [data-status]")!.GetAttribute("data-status"));
    }

    [Fact]
    public async Task Post_FilesOnce_WhenTheSameFormIsSubmittedTwice()
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, "agent@northwind.example");
        var fields = await FieldsAsync(session, Today(factory), key: Guid.NewGuid().ToString("N"));

        var first = await PostAsync(session, "en", fields);
        var second = await PostAsync(session, "en", fields);

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (first.StatusCode, second.StatusCode));
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(1, await SiteData.QueryAsync(factory, db => db.CreditRequests.CountAsync()));
    }

    public static TheoryData<string, string, byte[], string> RefusedFiles() => new()
    {
        { "setup.exe", "application/octet-stream", [0x4D, 0x5A, 0x90, 0x00, 0x03], "This file is not accepted." },
        { "credit-form.pdf", "application/pdf", [0x4D, 0x5A, 0x90, 0x00, 0x03], "This file is not accepted." }, // a renamed executable
        { "credit-form.pdf", "text/html", Pdf, "This file is not accepted." },
        { "credit-form.pdf", "application/pdf", [.. "%PDF-"u8, .. new byte[(5 * 1024 * 1024) + 1]], "The file is 5.1 MB; the form can be at most 5 MB." },
    };

    [Theory]
    [MemberData(nameof(RefusedFiles))]
    public async Task Post_RefusesTheUploadAndFilesNothing_WhenTheFileIsNotAccepted(string name, string type, byte[] content, string message)
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, "agent@northwind.example");

        var response = await PostAsync(session, "en", await FieldsAsync(session, Today(factory)), (name, type, content));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var document = await SiteSession.ParseAsync(response);
        Assert.StartsWith(message, document.QuerySelector("#form-error")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(["CreditRequestFormMissing"], Reasons(document));
        Assert.Equal(0, await SiteData.QueryAsync(factory, db => db.CreditRequests.CountAsync()));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Post_IsRefusedWith413_WhenTheBodyIsHuge(bool declareLength)
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, "agent@northwind.example");

        var response = await PostAsync(session, "sv", await FieldsAsync(session, Today(factory)), ("huge.pdf", "application/pdf", [.. "%PDF-"u8, .. new byte[8 * 1024 * 1024]]), declareLength);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("Filen är för stor", (await SiteSession.ParseAsync(response)).QuerySelector("main h1")!.TextContent.Trim());
        Assert.Equal(0, await SiteData.QueryAsync(factory, db => db.CreditRequests.CountAsync()));
    }

    [Fact]
    public async Task Post_IsRefusedWith413OnKestrel_WhenTheBodyIsHuge()
    {
        using var factory = new PartnerHelpFactory();
        var root = factory.StartKestrel();
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(root) };
        await SiteSignIn.AsAsync(client, "agent@northwind.example");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(await SiteSignIn.AntiforgeryTokenAsync(client, "/en/credit-requests/new")), "__RequestVerificationToken" },
            { new ByteArrayContent([.. "%PDF-"u8, .. new byte[12 * 1024 * 1024]]), "Input.Form", "huge.pdf" },
        };

        using var response = await client.PostAsync("/en/credit-requests/new", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("The upload is too large", (await SiteSession.ParseAsync(response)).QuerySelector("main h1")!.TextContent.Trim());
        Assert.Equal(0, await SiteData.QueryAsync(factory, db => db.CreditRequests.CountAsync()));
    }

    [Fact]
    public async Task Post_ListsEveryReason_WhenTheClaimIsForTheFutureWithoutWrittenRequestAndForAzure()
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, "agent@northwind.example");
        var fields = await FieldsAsync(session, Today(factory), incidentDate: Today(factory).AddDays(5), category: "AzureServiceCredit", written: "");
        fields.Remove("Input.IncidentId");

        var response = await PostAsync(session, "vi", fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var document = await SiteSession.ParseAsync(response);
        Assert.Equal(["AzureServiceCreditElsewhere", "DateInFuture", "CustomerWrittenRequestMissing"], Reasons(document));
        Assert.Contains("Yêu cầu ghi có chưa được gửi nên không có gì thay đổi.", document.QuerySelector("#credit-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await SiteData.QueryAsync(factory, db => db.CreditRequests.CountAsync()));
    }

    [Fact]
    public async Task Post_RefusesALateClaim_WithTheDeadline()
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, "agent@northwind.example");
        var fields = await FieldsAsync(session, Today(factory), incidentDate: Today(factory).AddMonths(-3));
        fields.Remove("Input.IncidentId");

        var response = await PostAsync(session, "en", fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(["CreditRequestDeadlinePassed"], Reasons(await SiteSession.ParseAsync(response)));
        Assert.Equal(0, await SiteData.QueryAsync(factory, db => db.CreditRequests.CountAsync()));
    }

    [Theory]
    [InlineData("Input.IncidentDate", "31/02/2026", "#date-error", "Ange incidentdatumet som ett giltigt datum.")]
    [InlineData("Input.Category", "2", "#category-error", "Välj vad begäran gäller.")]
    [InlineData("Input.Description", " ", "#description-error", "Fyll i ”Vad hände”.")]
    public async Task Post_ShowsALocalizedFieldErrorAndFilesNothing_WhenAFieldIsInvalid(string field, string value, string selector, string message)
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, "agent@northwind.example");
        var fields = await FieldsAsync(session, Today(factory));
        fields[field] = value;

        var response = await PostAsync(session, "sv", fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, (await SiteSession.ParseAsync(response)).QuerySelector(selector)!.TextContent.Trim());
        Assert.Equal(0, await SiteData.QueryAsync(factory, db => db.CreditRequests.CountAsync()));
    }

    [Fact]
    public async Task Post_ShowsALocalizedErrorAndFilesNothing_WhenTheAntiforgeryTokenIsWrong()
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, "agent@northwind.example");
        var fields = await FieldsAsync(session, Today(factory));
        fields["__RequestVerificationToken"] = "forged";

        var response = await PostAsync(session, "en", fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("did not come from this page", (await SiteSession.ParseAsync(response)).QuerySelector("#credit-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await SiteData.QueryAsync(factory, db => db.CreditRequests.CountAsync()));
    }

    [Fact]
    public async Task Post_RefusesAPartnerThatIsNotCsp_AndNamesAnotherPartnersIncidentNotFound()
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, "admin@contoso.example");
        var fields = await FieldsAsync(session, Today(factory), token: await session.TokenAsync("/en/tickets/new"));

        var foreignIncident = await PostAsync(session, "en", fields);
        fields.Remove("Input.IncidentId");
        var notCsp = await PostAsync(session, "en", fields);

        Assert.Equal(HttpStatusCode.NotFound, foreignIncident.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notCsp.StatusCode);
        Assert.Contains("NotCspProviderPartner", Reasons(await SiteSession.ParseAsync(notCsp)));
        Assert.Equal(0, await SiteData.QueryAsync(factory, db => db.CreditRequests.CountAsync()));
    }

    private static DateOnly Today(PartnerHelpFactory factory) =>
        DateOnly.FromDateTime(factory.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);

    private static string[] Reasons(IDocument document) =>
        [.. document.QuerySelectorAll("#credit-reasons [data-reason]").Select(r => r.GetAttribute("data-reason")!)];

    private static async Task<Dictionary<string, string>> FieldsAsync(SiteSession session, DateOnly today, string? key = null, DateOnly? incidentDate = null, string category = "ServiceIncident", string written = "Please credit the six hours of downtime.", string? token = null) => new()
    {
        ["__RequestVerificationToken"] = token ?? await session.TokenAsync("/en/credit-requests/new"),
        ["Input.SubmissionKey"] = key ?? Guid.NewGuid().ToString("N"),
        ["Input.IncidentId"] = "INC-7001",
        ["Input.CustomerName"] = "Tailspin Toys",
        ["Input.IncidentDate"] = (incidentDate ?? today.AddDays(-10)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["Input.Category"] = category,
        ["Input.Description"] = "Mailboxes were unreachable for six hours.",
        ["Input.WrittenRequest"] = written,
    };

    private static async Task<HttpResponseMessage> PostAsync(SiteSession session, string culture, Dictionary<string, string> fields, (string Name, string Type, byte[] Content)? file = null, bool declareLength = true)
    {
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        var (fileName, type, bytes) = file ?? ("credit-form.pdf", "application/pdf", Pdf);
        var part = new ByteArrayContent(bytes);
        part.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
        content.Add(part, "Input.Form", fileName);
        if (declareLength)
        {
            content.Headers.ContentLength = content.Headers.ContentLength; // computed, then sent as a header
        }
        else
        {
            content.Headers.ContentLength = null;
        }

        return await session.Client.PostAsync(string.Format(CultureInfo.InvariantCulture, Page, culture), content);
    }
}
