using PartnerHelp.Core.Eligibility;
using PartnerHelp.Infrastructure.RefundPaths;

namespace PartnerHelp.Infrastructure.Tests.RefundPaths;

public sealed class TaxRefundServiceTests : RefundPathsFixture
{
    [Fact]
    public async Task RequestAsync_FilesOnce_ForATaxExemptPartnerWithinTheYear()
    {
        var first = await Use<TaxRefundService, PathActionResult>(s => s.RequestAsync("NW-3001", Agent));
        var second = await Use<TaxRefundService, PathActionResult>(s => s.RequestAsync("NW-3001", Agent));

        Assert.Equal((PathActionStatus.Done, "TX-NW-3001"), (first.Status, first.Reference));
        Assert.Equal((PathActionStatus.Conflict, "TX-NW-3001"), (second.Status, second.Reference));
    }

    [Fact]
    public async Task RequestAsync_ExplainsWhy_WhenThePartnerIsNotTaxExempt()
    {
        var result = await Use<TaxRefundService, PathActionResult>(s => s.RequestAsync("CT-1001", ContosoAdmin));

        Assert.Equal(PathActionStatus.NotAllowed, result.Status);
        Assert.Equal([ReasonCode.NotTaxExempt], result.Eligibility!.Reasons.Select(r => r.Code));
    }

    [Fact]
    public async Task RequestAsync_AnswersNotFound_ForAnotherPartnersOrder()
    {
        var result = await Use<TaxRefundService, PathActionResult>(s => s.RequestAsync("NW-3001", ContosoAdmin));

        Assert.Equal(PathActionStatus.NotFound, result.Status);
    }
}
