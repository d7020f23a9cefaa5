using PartnerHelp.Testing;

namespace PartnerHelp.Web.Tests.Jobs;

/// <summary>One jobs-enabled site shared by a test class (starting a site seeds users, which takes a moment).</summary>
public sealed class JobsSiteFixture : IAsyncLifetime
{
    public PartnerHelpFactory Factory { get; } = JobsSite.Create();

    public Task InitializeAsync()
    {
        _ = Factory.Services;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
