using PartnerHelp.Jobs.Dashboard;

namespace PartnerHelp.Web.Jobs;

/// <summary>One confirmed, antiforgery-protected action button on the dashboard.</summary>
public sealed record ActionFormModel(JobAction Action, string Key, string PostUrl);
