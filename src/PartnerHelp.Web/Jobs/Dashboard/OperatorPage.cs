using System.Globalization;
using Hangfire.Dashboard;
using Hangfire.Dashboard.Pages;
using Microsoft.Extensions.Localization;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Jobs.Operators;
using PartnerHelp.Web.Localization;

namespace PartnerHelp.Web.Jobs.Dashboard;

/// <summary>
/// A PartnerHelp page inside Hangfire's dashboard: Hangfire's layout and menu around it, its text from
/// <c>JobsResource</c> in the request's culture, its data from <see cref="OperatorViews"/>. Hangfire renders pages
/// synchronously by writing HTML: <see cref="RazorPage.Write"/> encodes, <see cref="RazorPage.WriteLiteral"/> does not.
/// </summary>
internal abstract class OperatorPage : RazorPage
{
    private IStringLocalizer? _text;

    /// <summary>The request's services.</summary>
    protected IServiceProvider Services => Context.GetHttpContext().RequestServices;

    /// <summary>The dashboard's text in the request's culture.</summary>
    protected IStringLocalizer Text => _text ??= Services.GetRequiredService<IStringLocalizer<JobsResource>>();

    /// <summary>The read side.</summary>
    protected OperatorViews Views => Services.GetRequiredService<OperatorViews>();

    /// <summary>Starts the page: Hangfire's layout with <paramref name="title"/>, and the heading.</summary>
    protected void Begin(string title)
    {
        Layout = new LayoutPage(title);
        WriteLiteral("<div class=\"row\"><div class=\"col-md-12 partnerhelp-page\"><h1 class=\"page-header\">");
        Write(title);
        WriteLiteral("</h1>\n");
    }

    /// <summary>Ends what <see cref="Begin"/> opened.</summary>
    protected void End() => WriteLiteral("</div></div>\n");

    /// <summary>A paragraph of encoded text, optionally with a Bootstrap alert class.</summary>
    protected void Paragraph(string text, string? alert = null)
    {
        WriteLiteral(alert is null ? "<p>" : $"<p class=\"alert alert-{alert}\" role=\"{(alert == "danger" ? "alert" : "status")}\">");
        Write(text);
        WriteLiteral("</p>\n");
    }

    /// <summary>A table head with the given column titles.</summary>
    protected void TableHead(params string[] columns)
    {
        WriteLiteral("<div class=\"table-responsive\"><table class=\"table table-striped partnerhelp-table\"><thead><tr>");
        foreach (var column in columns)
        {
            WriteLiteral("<th scope=\"col\">");
            Write(column);
            WriteLiteral("</th>");
        }

        WriteLiteral("</tr></thead><tbody>\n");
    }

    /// <summary>Closes what <see cref="TableHead"/> opened.</summary>
    protected void TableEnd() => WriteLiteral("</tbody></table></div>\n");

    /// <summary>A table cell of encoded text.</summary>
    protected void Cell(string? text, string? cssClass = null)
    {
        WriteLiteral(cssClass is null ? "<td>" : $"<td class=\"{cssClass}\">");
        Write(text ?? "—");
        WriteLiteral("</td>");
    }

    /// <summary>A table cell holding a link to a dashboard path.</summary>
    protected void LinkCell(string text, string dashboardPath)
    {
        WriteLiteral("<td><a href=\"");
        Write(Url.To(dashboardPath));
        WriteLiteral("\">");
        Write(text);
        WriteLiteral("</a></td>");
    }

    /// <summary>
    /// A button that posts to a dashboard command after the operator confirms (Hangfire's own script sends it with the
    /// antiforgery token, then reloads the page).
    /// </summary>
    protected void CommandButton(string text, string dashboardPath, string confirm, string style = "default")
    {
        WriteLiteral($"<button type=\"button\" class=\"btn btn-sm btn-{style}\" data-ajax=\"");
        Write(Url.To(dashboardPath));
        WriteLiteral("\" data-confirm=\"");
        Write(confirm);
        WriteLiteral("\">");
        Write(text);
        WriteLiteral("</button>");
    }

    /// <summary>Previous / next links for a paged list; <paramref name="link"/> makes the query string of a page.</summary>
    protected void Pager(int page, bool hasMore, Func<int, string> link)
    {
        if (page <= 1 && !hasMore)
        {
            return;
        }

        WriteLiteral("<nav aria-label=\"");
        Write(Text["Jobs_Paging_Label"].Value);
        WriteLiteral("\"><ul class=\"pager\">");
        if (page > 1)
        {
            WriteLiteral("<li class=\"previous\"><a rel=\"prev\" href=\"");
            Write(link(page - 1));
            WriteLiteral("\">");
            Write(Text["Jobs_Paging_Previous"].Value);
            WriteLiteral("</a></li>");
        }

        WriteLiteral("<li>");
        Write(Text["Jobs_Paging_Page", Number(page)].Value);
        WriteLiteral("</li>");
        if (hasMore)
        {
            WriteLiteral("<li class=\"next\"><a rel=\"next\" href=\"");
            Write(link(page + 1));
            WriteLiteral("\">");
            Write(Text["Jobs_Paging_Next"].Value);
            WriteLiteral("</a></li>");
        }

        WriteLiteral("</ul></nav>\n");
    }

    /// <summary>Operators' actions, newest first: when, who, what, on what, how it went.</summary>
    protected void AuditTable(IEnumerable<JobAuditEntry> entries)
    {
        TableHead(Text["Jobs_Col_At"], Text["Jobs_Col_Actor"], Text["Jobs_Col_Action"], Text["Jobs_Col_Target"], Text["Jobs_Col_Result"], Text["Jobs_Col_Message"]);
        foreach (var entry in entries)
        {
            WriteLiteral("<tr>");
            Cell(Time(entry.At));
            Cell(entry.ActorName);
            Cell(Text[$"Jobs_AuditAction_{entry.Action}"]);
            Cell(entry.Target);
            Cell(Text[$"Jobs_AuditOutcome_{entry.Outcome}"]);
            Cell(entry.Detail);
            WriteLiteral("</tr>\n");
        }

        TableEnd();
    }

    /// <summary>Alerts, each with what it is about and since when.</summary>
    protected void AlertTable(IEnumerable<JobAlert> alerts)
    {
        TableHead(Text["Jobs_Col_Opened"], Text["Jobs_Col_Refund"], Text["Jobs_Col_Message"], Text["Jobs_Col_Status"]);
        foreach (var alert in alerts)
        {
            WriteLiteral($"<tr data-alert=\"{alert.Kind}\">");
            Cell(Time(alert.CreatedAt));
            LinkCell(alert.Subject, RefundPage.PathOf(alert.Subject));
            Cell(Text[$"Jobs_Alert_{alert.Kind}", alert.Subject, alert.Detail ?? string.Empty]);
            Cell(alert.ResolvedAt is { } resolved ? Text["Jobs_Alert_Resolved", Time(resolved)] : Text["Jobs_Alert_Open"]);
            WriteLiteral("</tr>\n");
        }

        TableEnd();
    }

    /// <summary>The page number in the query (1 when absent or not a positive number).</summary>
    protected int PageNumber() =>
        int.TryParse(Query("page"), NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 0 ? page : 1;

    /// <summary>A whole number in the current culture.</summary>
    protected static string Number(long value) => value.ToString("N0", CultureInfo.CurrentCulture);

    /// <summary>An instant as UTC in the culture's short date and long time (every node agrees on UTC).</summary>
    protected static string Time(DateTimeOffset? instant) =>
        instant is { } value ? value.UtcDateTime.ToString("G", CultureInfo.CurrentCulture) + " UTC" : "—";

    /// <summary>A duration: milliseconds under a second, seconds under a minute, then h:mm:ss.</summary>
    protected static string Duration(long? milliseconds) => milliseconds switch
    {
        null => "—",
        < 1000 and { } ms => ms.ToString("N0", CultureInfo.CurrentCulture) + " ms",
        < 60_000 and { } ms => (ms / 1000d).ToString("N1", CultureInfo.CurrentCulture) + " s",
        { } ms => TimeSpan.FromMilliseconds(ms).ToString(@"d\.hh\:mm\:ss", CultureInfo.InvariantCulture),
    };
}
