using System.Globalization;
using Microsoft.Extensions.Localization;
using PartnerHelp.Core.Accounts;
using PartnerHelp.Core.Chat;
using PartnerHelp.Core.CreditRequests;
using PartnerHelp.Infrastructure.RefundPaths;
using PartnerHelp.Web.Localization;

namespace PartnerHelp.Web.Bot.Dialog;

/// <summary>
/// Credit-request deadlines computed from a date in the message or from one of the partner's incidents, with the
/// same rule the credit-request page and its eligibility rules use (<see cref="CreditRequestDraft.DeadlineFor"/>).
/// </summary>
public sealed class CreditAnswers(CreditRequestService credits, IStringLocalizer<ChatResource> text)
{
    private const string Topic = nameof(ChatTopic.CreditRequest);

    /// <summary>The general rule, the required documents and the link.</summary>
    public BotReply General(SiteLinks links) => Reply(text["Answer_CreditDeadline"], links);

    /// <summary>The deadline for an incident on <paramref name="incident"/>, and whether it has passed.</summary>
    public BotReply ForDate(DateOnly incident, DateOnly today, SiteLinks links)
    {
        var deadline = CreditRequestDraft.DeadlineFor(incident);
        var message = text["Answer_CreditDeadlineFor", DisplayFormats.Date(incident), DisplayFormats.Date(deadline)] + " " + Standing(deadline, today)
            + "\n\n" + text["Answer_CreditDeadline"];
        return Reply(message, links);
    }

    /// <summary>
    /// The deadline for one of the partner's recorded incidents (unknown and other partners' ids alike: not found). A
    /// visitor who is not signed in gets the deadline for the first of <paramref name="written"/> dates, when the
    /// message has one, else the request to sign in; the answer is about the incident either way.
    /// </summary>
    public async Task<BotReply> ForIncidentAsync(string incidentId, Requester requester, IReadOnlyList<DateOnly> written, DateOnly today, SiteLinks links, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requester);
        ArgumentNullException.ThrowIfNull(written);
        if (!requester.IsAuthenticated)
        {
            return (written.Count > 0 ? ForDate(written[0], today, links) : Reply(text["Answer_SignInForOrders"], links)) with { Resource = incidentId };
        }

        var incident = (await credits.IncidentsAsync(requester, cancellationToken)).FirstOrDefault(i => string.Equals(i.Id, incidentId, StringComparison.OrdinalIgnoreCase));
        if (incident is null)
        {
            return Reply(text["Answer_ResourceNotFound", incidentId], links) with { Resource = incidentId, Found = false };
        }

        var deadline = CreditRequestDraft.DeadlineFor(incident.OccurredOn);
        var message = text["Answer_IncidentDeadline", incident.Id, incident.Title, incident.CustomerName, DisplayFormats.Date(incident.OccurredOn), DisplayFormats.Date(deadline)]
            + " " + Standing(deadline, today) + "\n\n" + text["Answer_CreditDeadline"];
        return Reply(message, links) with { Resource = incident.Id, Found = true };
    }

    private string Standing(DateOnly deadline, DateOnly today) =>
        today > deadline ? text["Answer_CreditDeadlinePassed"] : text["Answer_CreditDeadlineOpen", DisplayFormats.Number(deadline.DayNumber - today.DayNumber)];

    private BotReply Reply(string message, SiteLinks links) =>
        new(message, CultureInfo.CurrentUICulture.Name, [], [CardAction.OpenUrl(text["Link_CreditRequests"], links.CreditRequests)], Topic);
}
