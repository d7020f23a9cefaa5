using System.Globalization;

namespace PartnerHelp.Web.Jobs.Dashboard;

/// <summary>
/// <c>/admin/jobs/audit</c>: who retried, requeued, deleted, triggered, paused or resumed what, and how it went,
/// Hangfire's own buttons included (<see cref="DashboardAudit"/>).
/// </summary>
internal sealed class AuditLogPage : OperatorPage
{
    /// <summary>The route inside the dashboard.</summary>
    public const string Route = "/audit";

    /// <inheritdoc />
    public override void Execute()
    {
        Begin(Text["Jobs_Audit_Heading"]);
        var page = Views.Audit(PageNumber());
        if (page.Entries.Count == 0)
        {
            Paragraph(Text["Jobs_Audit_None"]);
        }
        else
        {
            AuditTable(page.Entries);
            Pager(page.Page, page.HasMore, number => Url.To(Route) + (number > 1 ? "?page=" + number.ToString(CultureInfo.InvariantCulture) : string.Empty));
        }

        End();
    }
}
