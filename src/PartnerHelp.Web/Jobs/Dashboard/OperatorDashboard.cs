using Hangfire;
using Hangfire.Dashboard;
using Microsoft.Extensions.Localization;
using PartnerHelp.Jobs.Operators;
using PartnerHelp.Web.Accounts;
using PartnerHelp.Web.Localization;

namespace PartnerHelp.Web.Jobs.Dashboard;

/// <summary>
/// Hangfire's dashboard at <c>/admin/jobs</c> for the Operator role, with PartnerHelp's pages inside it (refunds, alerts,
/// audit log, pause and resume), their menu items and badges, the audit of every command, and redirects from the
/// routes of the dashboard PartnerHelp had before.
/// </summary>
public static class OperatorDashboard
{
    /// <summary>Where the dashboard lives.</summary>
    public const string Path = "/admin/jobs";

    private static readonly Lock Registration = new();
    private static bool _registered;

    /// <summary>Maps the dashboard; anonymous visitors are sent to sign in, signed-in non-operators get 403.</summary>
    public static IEndpointConventionBuilder MapOperatorDashboard(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        RegisterPages();
        var storage = endpoints.ServiceProvider.GetRequiredService<JobStorage>();
        var options = new DashboardOptions
        {
            AppPath = "/",
            DashboardTitle = "PartnerHelp · Hangfire",
            DisplayStorageConnectionString = false,
            DisplayNameFunc = JobDisplayNames.For,

            // Access is the Operator policy on the endpoint (sign-in redirect, 403); Hangfire's local-requests-only
            // default would refuse every operator who is not on the server itself.
            Authorization = [],
            AsyncAuthorization = [],
        };
        var pipeline = endpoints.CreateApplicationBuilder()
            .UsePathBase(Path)
            .UseMiddleware<DashboardAudit>()
            .UseMiddleware<AspNetCoreDashboardMiddleware>(storage, options, DashboardRoutes.Routes, false)
            .UseMiddleware<LegacyDashboardRoutes>()
            .Use((HttpContext context, RequestDelegate _) =>
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            })
            .Build();
        return endpoints.Map(Path + "/{**path}", pipeline).RequireAuthorization(AccessPolicies.Operator);
    }

    /// <summary>
    /// Adds the pages, commands, menu items, badges, stylesheet and script to Hangfire's dashboard. Hangfire keeps them
    /// in static lists shared by every host in the process, so this runs once.
    /// </summary>
    private static void RegisterPages()
    {
        lock (Registration)
        {
            if (_registered)
            {
                return;
            }

            var routes = DashboardRoutes.Routes;
            routes.AddRazorPage(RefundsPage.Route, _ => new RefundsPage());
            routes.AddRazorPage(RefundPage.Route, match => new RefundPage(match.Groups["id"].Value));
            routes.AddCommand(RefundPage.Route + "/retry", OperatorCommands.RetryRefund);
            routes.AddRazorPage(AlertsPage.Route, _ => new AlertsPage());
            routes.AddRazorPage(AuditLogPage.Route, _ => new AuditLogPage());
            routes.AddRazorPage(SchedulesPage.Route, _ => new SchedulesPage());
            routes.AddCommand(SchedulesPage.Route + "/(?<id>[A-Za-z0-9._-]{1,100})/pause", context => OperatorCommands.PauseOrResume(context, pause: true));
            routes.AddCommand(SchedulesPage.Route + "/(?<id>[A-Za-z0-9._-]{1,100})/resume", context => OperatorCommands.PauseOrResume(context, pause: false));

            var unfinished = new DashboardMetric("partnerhelp:unfinished-refunds", page =>
                new Metric(Views(page).UnfinishedRefundCount()) { Style = MetricStyle.Info });
            var alerts = new DashboardMetric("partnerhelp:open-alerts", page =>
                Views(page).OpenAlertCount() is var count and > 0 ? new Metric(count) { Style = MetricStyle.Danger, Highlighted = true } : new Metric(0));
            DashboardMetrics.AddMetric(unfinished);
            DashboardMetrics.AddMetric(alerts);
            NavigationMenu.Items.Add(page => Item(page, "Jobs_Nav_Refunds", RefundsPage.Route, unfinished));
            NavigationMenu.Items.Add(page => Item(page, "Jobs_Nav_Alerts", AlertsPage.Route, alerts));
            NavigationMenu.Items.Add(page => Item(page, "Jobs_Nav_Audit", AuditLogPage.Route, null));
            NavigationMenu.Items.Add(page => Item(page, "Jobs_Nav_Schedules", SchedulesPage.Route, null));

            var assembly = typeof(OperatorDashboard).Assembly;
            GlobalConfiguration.Configuration
                .UseDashboardStylesheet(assembly, "PartnerHelp.Web.Jobs.Dashboard.operator-dashboard.css")
                .UseDashboardJavaScript(assembly, "PartnerHelp.Web.Jobs.Dashboard.operator-dashboard.js");
            _registered = true;
        }
    }

    private static OperatorViews Views(RazorPage page) => page.Context.GetHttpContext().RequestServices.GetRequiredService<OperatorViews>();

    private static MenuItem Item(RazorPage page, string key, string route, DashboardMetric? metric)
    {
        var text = page.Context.GetHttpContext().RequestServices.GetRequiredService<IStringLocalizer<JobsResource>>();
        return new MenuItem(text[key], page.Url.To(route))
        {
            Active = page.RequestPath.StartsWith(route, StringComparison.OrdinalIgnoreCase),
            Metric = metric,
        };
    }
}
