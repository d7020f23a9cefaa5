namespace PartnerHelp.Web.Jobs.Dashboard;

/// <summary><c>/admin/jobs/alerts</c>: what operators must look at (reconciliation mismatches, refunds parked or near the promise).</summary>
internal sealed class AlertsPage : OperatorPage
{
    /// <summary>The route inside the dashboard.</summary>
    public const string Route = "/alerts";

    /// <inheritdoc />
    public override void Execute()
    {
        Begin(Text["Jobs_Alerts_Heading"]);
        var alerts = Views.OpenAlerts();
        if (alerts.Count == 0)
        {
            Paragraph(Text["Jobs_Alerts_None"]);
        }
        else
        {
            AlertTable(alerts);
        }

        End();
    }
}
