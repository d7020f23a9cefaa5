using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Core.Accounts;
using PartnerHelp.Infrastructure.Bot;
using PartnerHelp.Web.Bot.Dialog;

namespace PartnerHelp.Web.Tests.Bot.Evaluation;

/// <summary>
/// Runs evaluation rows through the real dialog: a new conversation per row, as the row's user, the history
/// messages first, then the scored text. Every activity carries the locale <c>en</c> (an English user interface),
/// so the answer's language must come from the text. A row is right when the answer's topic, resource (when the
/// row names one) and language match; an other-partner row is right when it gets the unknown-id answer (or, for an
/// anonymous visitor, the sign-in answer, which names the id back and says nothing about it).
/// </summary>
public sealed class BotEvaluator(IServiceProvider services)
{
    public async Task<EvaluationReport> RunAsync(IReadOnlyList<EvaluationRow> rows)
    {
        var report = new EvaluationReport();
        var requesters = new Dictionary<string, Requester>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var requester = row.User is null ? Requester.Anonymous
                : requesters.TryGetValue(row.User, out var known) ? known
                : requesters[row.User] = await RequesterAsync(row.User);
            var conversation = new BotConversation { Id = "eval-" + row.Id, ChannelId = "eval", CreatedAt = DateTimeOffset.UnixEpoch, LastActivityAt = DateTimeOffset.UnixEpoch };
            BotReply? reply = null;
            foreach (var text in row.History.Append(row.Text))
            {
                using var scope = services.CreateScope();
                reply = await scope.ServiceProvider.GetRequiredService<HelpDialog>().RespondAsync(new BotTurn(text, "en", conversation, requester, null, "http://localhost"));
            }

            var (right, why, wrong) = Score(row, reply!);
            report.Add(row, right, reply!.Topic == "Clarify", why, wrong);
        }

        return report;
    }

    internal static (bool Right, string Why, List<string> Wrong) Score(EvaluationRow row, BotReply reply)
    {
        var language = reply.Locale == row.Lang;
        var got = $"got {reply.Topic}/{reply.Resource ?? "-"}/{reply.Locale}/found={reply.Found?.ToString() ?? "-"}, expected {row.Topic}/{row.Resource ?? "-"}/{row.Lang}";
        var wrong = new List<string>();
        if (!language)
        {
            wrong.Add("language");
        }

        if (row.Tags.Contains("other-partner"))
        {
            var unknown = reply.Found == false && reply.Outcome is null && (reply.ReasonCodes?.Count ?? 0) == 0;
            // An anonymous visitor is asked to sign in whatever id it names, as the pages send it to sign in (the team's
            // question of stop 31, decided at stop 32): that answer names the id back and says nothing about it either.
            var signIn = row.User is null && reply.Found is null && reply.Outcome is null && (reply.ReasonCodes?.Count ?? 0) == 0
                && string.Equals(reply.Resource, row.Resource, StringComparison.OrdinalIgnoreCase);
            if (!unknown && !signIn)
            {
                wrong.Add("not the unknown-id answer");
            }

            return (wrong.Count == 0, got, wrong);
        }

        if (reply.Topic != row.Topic)
        {
            wrong.Add(reply.Topic == "Clarify" ? "clarified" : "topic");
            wrong.Add($"topic {row.Topic}->{reply.Topic}");
        }

        if (row.Resource is not null && !string.Equals(reply.Resource, row.Resource, StringComparison.OrdinalIgnoreCase))
        {
            wrong.Add(reply.Resource is null ? "resource missing" : "other resource");
        }
        else if (row.Resource is not null && reply.Found == false)
        {
            // The unknown-id answer names the id but says nothing about it: right only for a row that expects it.
            wrong.Add("unknown-id answer");
        }

        return (wrong.Count == 0, got, wrong);
    }

    private Task<Requester> RequesterAsync(string email) => DemoRequesters.ForAsync(services, email);
}
