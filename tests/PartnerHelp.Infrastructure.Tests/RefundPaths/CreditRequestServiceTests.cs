using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Core.CreditRequests;
using PartnerHelp.Core.Eligibility;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Infrastructure.RefundPaths;

namespace PartnerHelp.Infrastructure.Tests.RefundPaths;

public sealed class CreditRequestServiceTests : RefundPathsFixture
{
    private static readonly byte[] Pdf = [.. "%PDF-1.7\n"u8, .. new byte[200]];

    private CreditRequestSubmission Submission(int incidentAgeDays = 10, string fileName = "credit-form.pdf", byte[]? content = null, string written = "Please credit us.") =>
        new("INC-7001", "Tailspin Toys", DateOnly.FromDateTime(Services.Clock.GetUtcNow().UtcDateTime).AddDays(-incidentAgeDays), CreditCategory.ServiceIncident,
            "Mailboxes were down for six hours.", written, fileName, "application/pdf", content ?? Pdf);

    [Fact]
    public async Task SubmitAsync_StoresTheRequestAndItsForm_WithAReference()
    {
        var result = await Use<CreditRequestService, PathActionResult>(s => s.SubmitAsync(Submission(), Agent));

        Assert.Equal(PathActionStatus.Done, result.Status);
        Assert.Matches("^CR-[0-9]{8}-[A-Z2-9]{6}$", result.Reference);
        await Services.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PartnerHelpDbContext>();
            var request = await db.CreditRequests.SingleAsync();
            Assert.Equal((CreditRequestStatus.Submitted, "credit-form.pdf", "application/pdf"), (request.Status, request.FormFileName, request.FormContentType));
            Assert.Equal(Pdf, (await db.CreditRequestForms.SingleAsync()).Content);
            return 0;
        });
    }

    [Fact]
    public async Task SubmitAsync_RefusesALateAndIncompleteClaim_WithEveryReason()
    {
        var result = await Use<CreditRequestService, PathActionResult>(s => s.SubmitAsync(Submission(incidentAgeDays: 80, written: " "), Agent));

        Assert.Equal(PathActionStatus.NotAllowed, result.Status);
        Assert.Equal([ReasonCode.CreditRequestDeadlinePassed, ReasonCode.CustomerWrittenRequestMissing], result.Eligibility!.Reasons.Select(r => r.Code));
        Assert.Empty(await Use<CreditRequestService, IReadOnlyList<CreditRequest>>(s => s.ListAsync(Agent)));
    }

    [Theory]
    [InlineData("setup.exe.pdf", new byte[] { 0x4D, 0x5A, 0x90, 0x00 })]
    [InlineData("form.pdf", new byte[0])]
    [InlineData("form.html", new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D })]
    public async Task SubmitAsync_TreatsAnUnacceptableFileAsNoForm(string name, byte[] content)
    {
        var result = await Use<CreditRequestService, PathActionResult>(s => s.SubmitAsync(Submission(fileName: name, content: content), Agent));

        Assert.Equal(PathActionStatus.NotAllowed, result.Status);
        Assert.Equal([ReasonCode.CreditRequestFormMissing], result.Eligibility!.Reasons.Select(r => r.Code));
    }

    [Fact]
    public async Task SubmitAsync_KeepsOnlyTheFilesOwnName_WhenTheNameCarriesAPath()
    {
        var result = await Use<CreditRequestService, PathActionResult>(s => s.SubmitAsync(Submission(fileName: "..\\..\\windows/../../etc/form.pdf"), Agent));

        Assert.Equal(PathActionStatus.Done, result.Status);
        Assert.Equal("form.pdf", (await Use<CreditRequestService, IReadOnlyList<CreditRequest>>(s => s.ListAsync(Agent))).Single().FormFileName);
    }

    [Fact]
    public async Task SubmitAsync_RefusesAFutureIncidentAndAnotherPartnersIncident()
    {
        var future = await Use<CreditRequestService, PathActionResult>(s => s.SubmitAsync(Submission(incidentAgeDays: -3), Agent));
        var foreign = await Use<CreditRequestService, PathActionResult>(s => s.SubmitAsync(Submission(), ContosoAdmin));

        Assert.True(future.Eligibility!.Has(ReasonCode.DateInFuture));
        Assert.Equal(PathActionStatus.NotFound, foreign.Status);
    }

    [Fact]
    public async Task SubmitAsync_FilesOnce_WhenTheSameFormKeyIsSubmittedTwice()
    {
        var keyed = Submission() with { SubmissionKey = "5f0c1d2e3a4b4c5d8e9f0a1b2c3d4e5f" };

        var first = await Use<CreditRequestService, PathActionResult>(s => s.SubmitAsync(keyed, Agent));
        var second = await Use<CreditRequestService, PathActionResult>(s => s.SubmitAsync(keyed, Agent));
        var other = await Use<CreditRequestService, PathActionResult>(s => s.SubmitAsync(Submission() with { SubmissionKey = "another-key" }, Agent));

        Assert.Equal((PathActionStatus.Done, PathActionStatus.Conflict, PathActionStatus.Done), (first.Status, second.Status, other.Status));
        Assert.Equal(first.Reference, second.Reference);
        Assert.NotEqual(first.Reference, other.Reference);
        Assert.Equal(2, (await Use<CreditRequestService, IReadOnlyList<CreditRequest>>(s => s.ListAsync(Agent))).Count);
    }
}
