using PartnerHelp.Testing;
using PartnerHelp.Web.Tests.Testing;

namespace PartnerHelp.Web.Tests.Concurrency;

/// <summary>
/// Many browser sessions of one user, each with its own cookies and the token of its own form page, posting the
/// same form at the same instant.
/// </summary>
public static class Burst
{
    public static async Task<List<SiteSession>> SessionsAsync(PartnerHelpFactory factory, string email, int count)
    {
        var sessions = new List<SiteSession>();
        for (var i = 0; i < count; i++)
        {
            sessions.Add(await SiteSession.StartAsync(factory, email));
        }

        return sessions;
    }

    /// <summary>Reads every session's token first, then releases all the posts together; returns (status, page text) per post.</summary>
    public static async Task<List<(int Status, string Text)>> PostTogetherAsync(
        IReadOnlyList<SiteSession> sessions, string formPage, Func<int, string> action, Func<int, Dictionary<string, string>> fields)
    {
        var tokens = new List<string>();
        foreach (var session in sessions)
        {
            tokens.Add(await session.TokenAsync(formPage));
        }

        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var posts = sessions.Select(async (session, i) =>
        {
            await start.Task;
            var (response, document) = await session.PostFormAsync(formPage, action(i), fields(i), tokenOverride: tokens[i]);
            return ((int)response.StatusCode, document.QuerySelector("main")?.TextContent ?? string.Empty);
        }).ToList();
        start.SetResult();
        return [.. await Task.WhenAll(posts)];
    }
}
