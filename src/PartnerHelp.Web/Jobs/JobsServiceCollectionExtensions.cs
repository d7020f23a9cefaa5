using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnerHelp.Jobs;
using PartnerHelp.Jobs.Notifications;
using PartnerHelp.Web.Accounts;
using PartnerHelp.Web.Health;
using Quartz;

namespace PartnerHelp.Web.Jobs;

/// <summary>The refund jobs and the operators' jobs dashboard, registered in one place.</summary>
public static class JobsServiceCollectionExtensions
{
    /// <summary>Quartz, the refund and recurring jobs, the partner e-mails in their language, the dashboard's access rule and the job server's health.</summary>
    public static IServiceCollection AddRefundJobs(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddPartnerHelpJobs(configuration, contentRoot);
        services.AddSingleton<IRefundMessages, LocalizedRefundMessages>();
        services.AddScoped<JobsPageActions>();
        services.Configure<RazorPagesOptions>(options => options.Conventions.AuthorizeFolder("/Admin/Jobs", AccessPolicies.Operator));
        // /healthz asks the job server through IJobServerStatus; another engine is another implementation here.
        services.AddSingleton<IJobServerStatus, QuartzJobServerStatus>();
        services.AddHealthChecks().AddCheck<JobServerHealthCheck>("scheduler");
        return services;
    }

    /// <summary>The dashboard's JSON feed for the live graph and counters (the pages are Razor Pages under <c>/admin/jobs</c>).</summary>
    public static IEndpointRouteBuilder MapJobsDashboard(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/admin/jobs/stats", JobsStatsEndpoint.GetAsync).RequireAuthorization(AccessPolicies.Operator);
        return endpoints;
    }
}
