using System.Security.Claims;
using Microsoft.Extensions.Localization;
using PartnerHelp.Jobs.Dashboard;
using PartnerHelp.Jobs.Scheduling;
using PartnerHelp.Web.Localization;

namespace PartnerHelp.Web.Jobs;

/// <summary>
/// Validates a dashboard action form (known action, allowed on this page, known job, confirmed) and
/// runs it; answers with the localized message to show. Invalid input changes nothing.
/// </summary>
public sealed class JobsPageActions(JobsDashboardActions actions, IStringLocalizer<JobsResource> text)
{
    /// <summary>Runs the posted action; returns the message for the operator.</summary>
    public async Task<string> RunAsync(ClaimsPrincipal user, string? action, string? key, bool confirmed, IReadOnlyCollection<JobAction> allowed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(allowed);
        if (!Enum.TryParse<JobAction>(action, ignoreCase: false, out var chosen) || !Enum.IsDefined(chosen) || !allowed.Contains(chosen)
            || !JobKeys.TryParse(key, out var jobKey))
        {
            return text["Jobs_Result_Invalid"];
        }

        if (!confirmed)
        {
            return text["Jobs_Result_NotConfirmed"];
        }

        var actorId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "unknown";
        var actorName = user.Identity?.Name ?? actorId;
        var result = await actions.RunAsync(chosen, jobKey, actorId, actorName, cancellationToken);
        return text[$"Jobs_Result_{result}", text[$"Jobs_Action_{chosen}"], key!];
    }
}
