using System.Globalization;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Jobs.Operators;
using PartnerHelp.Web.Localization;

namespace PartnerHelp.Web.Jobs.Dashboard;

/// <summary>
/// <c>/admin/jobs/refunds</c>: every refund by state, its age against the 30-day promise, totals per state and
/// currency, and a search by refund or order id. Hangfire's lists know jobs; this one knows the money.
/// </summary>
internal sealed class RefundsPage : OperatorPage
{
    /// <summary>The route inside the dashboard.</summary>
    public const string Route = "/refunds";

    /// <inheritdoc />
    public override void Execute()
    {
        Begin(Text["Jobs_Refunds_Heading"]);
        Paragraph(Text["Jobs_Refunds_Promise"]);
        var status = Enum.TryParse<RefundStatus>(Query("status"), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : (RefundStatus?)null;
        var search = Query("q")?.Trim();
        var tooLong = search is { Length: > OperatorViews.MaxSearchLength };
        SearchForm(status, tooLong ? null : search);
        if (tooLong)
        {
            Paragraph(Text["Jobs_Search_TooLong", OperatorViews.MaxSearchLength], "danger");
            End();
            return;
        }

        var board = Views.Board(status, search, PageNumber());
        Filter(board, status, search);
        Totals(board);
        Rows(board, status, search);
        End();
    }

    private void SearchForm(RefundStatus? status, string? search)
    {
        WriteLiteral("<form method=\"get\" class=\"form-inline partnerhelp-search\" role=\"search\" action=\"");
        Write(Url.To(Route));
        WriteLiteral("\"><label for=\"refund-search\">");
        Write(Text["Jobs_Refunds_Search"].Value);
        WriteLiteral($"</label> <input id=\"refund-search\" class=\"form-control input-sm\" type=\"search\" name=\"q\" maxlength=\"{OperatorViews.MaxSearchLength}\" value=\"");
        Write(search ?? string.Empty);
        WriteLiteral("\">");
        if (status is { } s)
        {
            WriteLiteral("<input type=\"hidden\" name=\"status\" value=\"");
            Write(s.ToString());
            WriteLiteral("\">");
        }

        WriteLiteral(" <button type=\"submit\" class=\"btn btn-sm btn-primary\">");
        Write(Text["Jobs_Search_Button"].Value);
        WriteLiteral("</button></form>\n");
    }

    private void Filter(RefundBoard board, RefundStatus? status, string? search)
    {
        WriteLiteral("<nav class=\"partnerhelp-filter\" aria-label=\"");
        Write(Text["Jobs_Refunds_Filter"].Value);
        WriteLiteral("\"><ul class=\"nav nav-pills\">");
        FilterLink(Text["Jobs_Refunds_All"], null, status is null, search);
        foreach (var (name, count) in board.CountByStatus)
        {
            FilterLink($"{Text[$"Jobs_RefundStatus_{name}"]} ({Number(count)})", name, status?.ToString() == name, search);
        }

        WriteLiteral("</ul></nav>\n");
    }

    private void FilterLink(string text, string? status, bool current, string? search)
    {
        WriteLiteral(current ? "<li class=\"active\"><a aria-current=\"page\" href=\"" : "<li><a href=\"");
        Write(Link(status, search, 1));
        WriteLiteral(status is null ? "\">" : $"\" data-status-count=\"{status}\">");
        Write(text);
        WriteLiteral("</a></li>");
    }

    private void Totals(RefundBoard board)
    {
        WriteLiteral("<h2>");
        Write(Text["Jobs_Refunds_Totals"].Value);
        WriteLiteral("</h2>\n");
        TableHead(Text["Jobs_Col_Status"], Text["Jobs_Col_Currency"], Text["Jobs_Col_Count"], Text["Jobs_Col_Amount"]);
        foreach (var total in board.Totals)
        {
            WriteLiteral("<tr>");
            Cell(Text[$"Jobs_RefundStatus_{total.Status}"]);
            Cell(total.Currency);
            Cell(Number(total.Count));
            Cell(DisplayFormats.Money(total.Amount, total.Currency));
            WriteLiteral("</tr>\n");
        }

        TableEnd();
    }

    private void Rows(RefundBoard board, RefundStatus? status, string? search)
    {
        WriteLiteral("<h2>");
        Write(Text["Jobs_Refunds_List"].Value);
        WriteLiteral("</h2>\n");
        if (board.Rows.Count == 0)
        {
            Paragraph(search is { Length: > 0 } ? Text["Jobs_Refunds_NoMatch", search] : Text["Jobs_Refunds_None"]);
            return;
        }

        TableHead(Text["Jobs_Col_Refund"], Text["Jobs_Col_Order"], Text["Jobs_Col_Partner"], Text["Jobs_Col_Amount"], Text["Jobs_Col_Status"],
            Text["Jobs_Col_Requested"], Text["Jobs_Col_Age"], Text["Jobs_Col_Promise"]);
        foreach (var row in board.Rows)
        {
            WriteLiteral("<tr data-refund=\"");
            Write(row.RefundId);
            WriteLiteral("\" data-status=\"");
            Write(row.Status);
            WriteLiteral("\">");
            LinkCell(row.RefundId, RefundPage.PathOf(row.RefundId));
            Cell(row.OrderId);
            Cell(row.PartnerId);
            Cell(DisplayFormats.Money(row.Amount, row.Currency));
            Cell(Text[$"Jobs_RefundStatus_{row.Status}"]);
            Cell(Time(row.RequestedAt));
            Cell(Text["Jobs_Age_Days", row.AgeDays.ToString("N1", CultureInfo.CurrentCulture)]);
            Cell(Text[$"Jobs_Promise_{row.Promise}"], $"partnerhelp-promise partnerhelp-promise--{row.Promise.ToLowerInvariant()}");
            WriteLiteral("</tr>\n");
        }

        TableEnd();
        Pager(board.Page, board.HasMore, page => Link(status?.ToString(), search, page));
    }

    private string Link(string? status, string? search, int page)
    {
        var query = new List<string>();
        if (status is not null)
        {
            query.Add("status=" + Uri.EscapeDataString(status));
        }

        if (!string.IsNullOrEmpty(search))
        {
            query.Add("q=" + Uri.EscapeDataString(search));
        }

        if (page > 1)
        {
            query.Add("page=" + page.ToString(CultureInfo.InvariantCulture));
        }

        return Url.To(Route) + (query.Count == 0 ? string.Empty : "?" + string.Join('&', query));
    }
}
