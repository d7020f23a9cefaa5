namespace PartnerHelp.Web.Jobs.Dashboard;

/// <summary>
/// <c>/admin/jobs/schedules</c>: pause and resume recurring jobs, which Hangfire's own Recurring page cannot (issues
/// #173, #2289). A paused job's runs are skipped until it is resumed, and the pause survives restarts.
/// </summary>
internal sealed class SchedulesPage : OperatorPage
{
    /// <summary>The route inside the dashboard.</summary>
    public const string Route = "/schedules";

    /// <summary>The dashboard path of the pause or resume command of recurring job <paramref name="id"/>.</summary>
    public static string CommandPath(string id, bool pause) => $"{Route}/{Uri.EscapeDataString(id)}/{(pause ? "pause" : "resume")}";

    /// <inheritdoc />
    public override void Execute()
    {
        Begin(Text["Jobs_Schedules_Heading"]);
        Paragraph(Text["Jobs_Schedules_Intro"]);
        var schedules = Views.Schedules();
        if (schedules.Count == 0)
        {
            Paragraph(Text["Jobs_Schedules_None"]);
            End();
            return;
        }

        TableHead(Text["Jobs_Col_Job"], Text["Jobs_Col_Cron"], Text["Jobs_Col_NextRun"], Text["Jobs_Col_LastRun"], Text["Jobs_Col_LastOutcome"],
            Text["Jobs_Col_Status"], Text["Jobs_Col_Action"]);
        foreach (var schedule in schedules)
        {
            WriteLiteral("<tr data-recurring=\"");
            Write(schedule.Id);
            WriteLiteral(schedule.PausedBy is null ? "\">" : "\" data-paused=\"true\">");
            Cell(JobDisplayNames.Recurring(Text, schedule.Id));
            Cell(schedule.Cron);
            Cell(schedule.PausedBy is null ? Time(schedule.NextRun is { } next ? new DateTimeOffset(next, TimeSpan.Zero) : null) : "—");
            Cell(Time(schedule.LastRun is { } last ? new DateTimeOffset(last, TimeSpan.Zero) : null));
            Cell(schedule.LastState);
            Cell(schedule.PausedBy is { } by ? Text["Jobs_Schedules_PausedBy", by, Time(schedule.PausedAt)] : Text["Jobs_Recurring_Active"]);
            WriteLiteral("<td>");
            var pause = schedule.PausedBy is null;
            CommandButton(Text[pause ? "Jobs_Action_Pause" : "Jobs_Action_Resume"], CommandPath(schedule.Id, pause),
                Text[pause ? "Jobs_Schedules_PauseConfirm" : "Jobs_Schedules_ResumeConfirm", JobDisplayNames.Recurring(Text, schedule.Id)], pause ? "warning" : "success");
            WriteLiteral("</td></tr>\n");
        }

        TableEnd();
        End();
    }
}
