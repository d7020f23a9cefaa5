using PartnerHelp.Infrastructure;
using PartnerHelp.Infrastructure.Security;
using PartnerHelp.Web;
using PartnerHelp.Web.Accounts;
using PartnerHelp.Web.Bot;
using PartnerHelp.Web.Hosting;
using PartnerHelp.Web.Jobs;
using PartnerHelp.Web.Jobs.Dashboard;
using PartnerHelp.Web.Localization;

var builder = WebApplication.CreateBuilder(args);

// wwwroot/ lives at the repository root: map it in every environment when running from a build
// (a published app has its own copy, and then this is a no-op).
builder.WebHost.UseStaticWebAssets();

builder.Services
    .AddPartnerHelpCore()
    .AddPartnerHelpPersistence(builder.Configuration, builder.Environment.ContentRootPath)
    .AddPartnerHelpDataProtection()
    .AddPartnerHelpAccounts()
    .AddHelpBot(builder.Configuration)
    .AddPartnerHelpLocalization()
    .AddPartnerHelpWeb(builder.Configuration)
    .AddRefundJobs(builder.Configuration, builder.Environment.ContentRootPath)
    .AddNativeHeapTrimming(builder.Configuration);

var app = builder.Build();
app.UsePartnerHelp();
app.MapOperatorDashboard();
app.Run();
