using Hangfire.Common;
using Hangfire.Dashboard;
using Microsoft.Extensions.Localization;
using PartnerHelp.Jobs.Engine;
using PartnerHelp.Jobs.Recurring;
using PartnerHelp.Web.Localization;

namespace PartnerHelp.Web.Jobs.Dashboard;

/// <summary>
/// Jobs as operators read them in Hangfire's lists, in the request's language: "Pay refund RF-CT-1001 (order CT-1001)"
/// rather than a method signature (<c>DashboardOptions.DisplayNameFunc</c>).
/// </summary>
internal static class JobDisplayNames
{
    /// <summary>The display name of <paramref name="job"/> for the dashboard request in <paramref name="context"/>.</summary>
    public static string For(DashboardContext context, Job job)
    {
        var text = context.GetHttpContext().RequestServices.GetRequiredService<IStringLocalizer<JobsResource>>();
        var kind = JobKind.Of(job, null);
        return kind.Group switch
        {
            JobKind.RefundGroup => text["Jobs_DisplayName_ProcessRefund", kind.Name, kind.OrderId ?? "?"],
            JobKind.StatusGroup => text["Jobs_DisplayName_RefundStatus", kind.Name, kind.OrderId ?? "?"],
            _ when RecurringJobs.IdOf(job) is { } id => Recurring(text, id),
            _ => $"{job.Type.Name}.{job.Method.Name}",
        };
    }

    /// <summary>The name of recurring job <paramref name="id"/>; an id this build does not register shows as itself.</summary>
    public static string Recurring(IStringLocalizer text, string id)
    {
        var name = text[$"Jobs_Recurring_{id.Replace('-', '_')}"];
        return name.ResourceNotFound ? id : name.Value;
    }
}
