using System.Globalization;
using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Jobs.Dashboard;
using PartnerHelp.Jobs.Recurring;
using PartnerHelp.Web.Tests.Jobs;
using Quartz;

namespace PartnerHelp.Web.Tests.Pages.Admin.Jobs;

/// <summary>A job list longer than one page: the page number in the query string picks the page.</summary>
public sealed class JobListPagingTests : IAsyncLifetime
{
    private const string Group = "paging-test";
    private readonly PartnerHelp.Testing.PartnerHelpFactory _factory = JobsSite.Create();

    public async Task InitializeAsync()
    {
        using var warm = _factory.CreateClient();
        var scheduler = await _factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var start = DateTimeOffset.UtcNow.AddYears(1);
        for (var i = 0; i < JobsDashboard.PageSize + 5; i++)
        {
            // Far in the future, so nothing runs; a real job type so the store accepts it.
            var name = string.Create(CultureInfo.InvariantCulture, $"later-{i:00}");
            var job = JobBuilder.Create<HistoryCleanupJob>().WithIdentity(name, Group).Build();
            var trigger = TriggerBuilder.Create().WithIdentity(name, Group).StartAt(start.AddMinutes(i)).Build();
            await scheduler.ScheduleJob(job, trigger);
        }
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Get_ShowsTheSecondPage_WhenThePageNumberIsInTheQuery()
    {
        using var client = await JobsSite.SignedInAsync(_factory, "ops@partnerhelp.example");

        var first = await RowsAsync(client, "/admin/jobs/list/scheduled?q=" + Group);
        var second = await RowsAsync(client, "/admin/jobs/list/scheduled?q=" + Group + "&page=2");

        Assert.Equal(JobsDashboard.PageSize, first.Count);
        Assert.Equal(5, second.Count);
        Assert.Empty(first.Intersect(second));
    }

    private static async Task<List<string>> RowsAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        return document.QuerySelectorAll("tr[data-job]").Select(r => r.GetAttribute("data-job")!).ToList();
    }
}
