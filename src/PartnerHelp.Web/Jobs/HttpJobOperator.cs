using System.Security.Claims;
using PartnerHelp.Jobs.Operators;

namespace PartnerHelp.Web.Jobs;

/// <summary>The operator of the current dashboard request, for the refund's history and the audit log.</summary>
internal sealed class HttpJobOperator(IHttpContextAccessor accessor) : IJobOperator
{
    public (string Id, string Name)? Current =>
        accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user
            ? (user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "unknown", user.Identity?.Name ?? "unknown")
            : null;
}
