using PartnerHelp.Jobs;
using PartnerHelp.Jobs.Notifications;
using PartnerHelp.Jobs.Operators;
using PartnerHelp.Web.Health;

namespace PartnerHelp.Web.Jobs;

/// <summary>The refund jobs and the operators' tools, registered in one place.</summary>
public static class JobsServiceCollectionExtensions
{
    /// <summary>Hangfire with the refund and recurring jobs, the partner e-mails in their language, the operators' read side and the job server's health.</summary>
    public static IServiceCollection AddRefundJobs(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<IJobOperator, HttpJobOperator>();
        services.AddPartnerHelpJobs(configuration, contentRoot);
        services.AddSingleton<IRefundMessages, LocalizedRefundMessages>();
        services.AddScoped<OperatorViews>();

        // /healthz asks the job server through IJobServerStatus.
        services.AddSingleton<IJobServerStatus, HangfireJobServerStatus>();
        services.AddHealthChecks().AddCheck<JobServerHealthCheck>("job-server");
        return services;
    }
}
