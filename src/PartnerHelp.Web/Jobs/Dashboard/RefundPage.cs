using System.Globalization;
using Hangfire.Dashboard;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Jobs.Operators;
using PartnerHelp.Web.Localization;

namespace PartnerHelp.Web.Jobs.Dashboard;

/// <summary>
/// <c>/admin/jobs/refunds/{id}</c>: one refund's whole story (state history, every recorded run with its exception,
/// alerts, operators' actions), links to its Hangfire jobs, and the refund-aware Retry.
/// </summary>
internal sealed class RefundPage(string refundId) : OperatorPage
{
    /// <summary>The route inside the dashboard (ids are short and plain).</summary>
    public const string Route = "/refunds/(?<id>[A-Za-z0-9._-]{1,64})";

    /// <summary>The dashboard path of <paramref name="refundId"/>'s page.</summary>
    public static string PathOf(string refundId) => RefundsPage.Route + "/" + Uri.EscapeDataString(refundId);

    /// <inheritdoc />
    public override void Execute()
    {
        var detail = Views.Refund(refundId);
        if (detail is null)
        {
            Context.GetHttpContext().Response.StatusCode = StatusCodes.Status404NotFound;
            Begin(Text["Jobs_Refund_Heading", refundId]);
            Paragraph(Text["Jobs_Refund_NotFound", refundId], "warning");
            End();
            return;
        }

        Begin(Text["Jobs_Refund_Heading", refundId]);
        Summary(detail);
        Actions(detail);
        History(detail.Transitions);
        Runs(detail.Runs);
        Alerts(detail.Alerts);
        End();
    }

    private void Summary(RefundDetail detail)
    {
        var row = detail.Row;
        WriteLiteral("<dl class=\"dl-horizontal partnerhelp-facts\">");
        Fact(Text["Jobs_Detail_Order"], row.OrderId);
        Fact(Text["Jobs_Detail_Partner"], row.PartnerId);
        Fact(Text["Jobs_Detail_Amount"], DisplayFormats.Money(row.Amount, row.Currency));
        Fact(Text["Jobs_Detail_RefundStatus"], Text[$"Jobs_RefundStatus_{row.Status}"]);
        Fact(Text["Jobs_Col_Requested"], Time(row.RequestedAt));
        Fact(Text["Jobs_Col_Age"], Text["Jobs_Age_Days", row.AgeDays.ToString("N1", CultureInfo.CurrentCulture)]);
        Fact(Text["Jobs_Col_Promise"], Text[$"Jobs_Promise_{row.Promise}"]);
        Fact(Text["Jobs_Detail_Payout"], detail.PayoutReference);
        Fact(Text["Jobs_Detail_FailureReason"], detail.FailureReason);
        WriteLiteral("</dl>\n");
    }

    private void Fact(string name, string? value)
    {
        WriteLiteral("<dt>");
        Write(name);
        WriteLiteral("</dt><dd>");
        Write(string.IsNullOrEmpty(value) ? "—" : value);
        WriteLiteral("</dd>");
    }

    private void Actions(RefundDetail detail)
    {
        var unfinished = detail.Row.Status is nameof(RefundStatus.Requested) or nameof(RefundStatus.Processing);
        Paragraph(detail.HasLiveJob ? Text["Jobs_Refund_LiveJob"] : unfinished ? Text["Jobs_Refund_NoLiveJob"] : Text["Jobs_Refund_Finished"],
            unfinished && !detail.HasLiveJob ? "warning" : "info");
        if (detail.Row.Status == nameof(RefundStatus.Failed) || (unfinished && !detail.HasLiveJob))
        {
            WriteLiteral("<p>");
            CommandButton(Text["Jobs_Refund_Retry"], PathOf(refundId) + "/retry", Text["Jobs_Refund_RetryConfirm", refundId], "primary");
            WriteLiteral("</p>\n");
        }

        WriteLiteral("<h2>");
        Write(Text["Jobs_Refund_Actions"].Value);
        WriteLiteral("</h2>\n");
        if (detail.Actions.Count == 0)
        {
            Paragraph(Text["Jobs_Audit_None"]);
            return;
        }

        AuditTable(detail.Actions);
    }

    private void History(IReadOnlyList<RefundTransition> transitions)
    {
        WriteLiteral("<h2>");
        Write(Text["Jobs_Refund_History"].Value);
        WriteLiteral("</h2>\n");
        TableHead(Text["Jobs_Col_At"], Text["Jobs_Col_From"], Text["Jobs_Col_To"], Text["Jobs_Col_Actor"], Text["Jobs_Col_Message"]);
        foreach (var transition in transitions)
        {
            WriteLiteral("<tr>");
            Cell(Time(transition.At));
            Cell(transition.From is { } from ? Text[$"Jobs_RefundStatus_{from}"].Value : null);
            Cell(Text[$"Jobs_RefundStatus_{transition.To}"]);
            Cell(transition.Actor);
            Cell(transition.Detail);
            WriteLiteral("</tr>\n");
        }

        TableEnd();
    }

    private void Runs(IReadOnlyList<JobAttempt> runs)
    {
        WriteLiteral("<h2>");
        Write(Text["Jobs_Detail_Attempts"].Value);
        WriteLiteral("</h2>\n");
        if (runs.Count == 0)
        {
            Paragraph(Text["Jobs_Detail_NoAttempts"]);
            return;
        }

        TableHead(Text["Jobs_Detail_Started"], Text["Jobs_Col_Job"], Text["Jobs_Col_Attempt"], Text["Jobs_Col_Node"], Text["Jobs_Col_Duration"],
            Text["Jobs_Detail_Outcome"], Text["Jobs_Col_Message"]);
        foreach (var run in runs)
        {
            WriteLiteral("<tr>");
            Cell(Time(run.StartedAt));
            LinkCell(Text[$"Jobs_Kind_{run.JobGroup.Replace('-', '_')}", run.TriggerName], "/jobs/details/" + Uri.EscapeDataString(run.TriggerName));
            Cell(Number(run.RetryAttempt));
            Cell(run.SchedulerInstanceId);
            Cell(Duration(run.DurationMs));
            var outcome = Text[$"Jobs_Outcome_{run.Outcome}"].Value;
            Cell(run.RetryScheduled ? $"{outcome} ({Text["Jobs_Outcome_RetryScheduled"]})" : run.Recovering ? $"{outcome} ({Text["Jobs_Detail_Recovering"]})" : outcome);
            WriteLiteral("<td>");
            Write(run.Summary ?? string.Empty);
            if (run.ExceptionDetail is { } exception)
            {
                WriteLiteral("<details><summary>");
                Write($"{run.ExceptionType}: {run.ExceptionMessage}");
                WriteLiteral("</summary><pre class=\"stack-trace\">");
                Write(exception);
                WriteLiteral("</pre></details>");
            }

            WriteLiteral("</td></tr>\n");
        }

        TableEnd();
    }

    private void Alerts(IReadOnlyList<JobAlert> alerts)
    {
        if (alerts.Count == 0)
        {
            return;
        }

        WriteLiteral("<h2>");
        Write(Text["Jobs_Alerts_Heading"].Value);
        WriteLiteral("</h2>\n");
        AlertTable(alerts);
    }
}
