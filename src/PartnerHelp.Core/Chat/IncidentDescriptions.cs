namespace PartnerHelp.Core.Chat;

/// <summary>
/// A partner's service incident named by what it is rather than by its id: by its day (a date written in the message),
/// its customer's name ("Tailspin Toys") or its service, the first word of its title ("Exchange" of "Exchange Online
/// mailbox outage"), as partners write it in every language ("the Exchange outage", "Exchangeの障害"). Only one
/// incident fitting names it; a date that is no incident's day means another incident, so nothing is named then.
/// Several incidents alike are told apart by the day written, then the customer, then the service.
/// </summary>
public static class IncidentDescriptions
{
    /// <summary>The id of the one incident of <paramref name="incidents"/> that <paramref name="text"/> describes, or null.</summary>
    /// <param name="text">The message as written.</param>
    /// <param name="dates">The dates read in the message.</param>
    /// <param name="incidents">The partner's incidents: id, customer name, title and day.</param>
    public static string? Find(string text, IReadOnlyList<DateOnly> dates, IReadOnlyList<(string Id, string CustomerName, string Title, DateOnly OccurredOn)> incidents)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(incidents);
        if (incidents.Count == 0)
        {
            return null;
        }

        // A written date keeps only the incidents of that day; then the customer named decides, then the service, then the
        // day alone.
        var candidates = dates.Count == 0 ? incidents : incidents.Where(i => dates.Contains(i.OccurredOn)).ToList();
        var folded = ChatPhrases.Fold(text);
        if (Described(folded, candidates) is { } described)
        {
            return described;
        }

        if (dates.Count > 0 && candidates.Count == 0)
        {
            // A day a few days off is a day remembered roughly ("the Exchange outage last week" reads as seven days ago; the
            // incident was ten): within a week of a date written, the customer or the service still names the incident, the
            // day alone does not. A date further off is another incident.
            return Described(folded, incidents.Where(i => dates.Any(d => Math.Abs(d.DayNumber - i.OccurredOn.DayNumber) <= RoughDays)).ToList());
        }

        return dates.Count > 0 ? Single(candidates) : null;
    }

    /// <summary>How many days a date written may be off an incident's day when the incident is also described.</summary>
    public const int RoughDays = 7;

    private static string? Described(string folded, IReadOnlyList<(string Id, string CustomerName, string Title, DateOnly OccurredOn)> candidates) =>
        Single(candidates.Where(i => ChatPhrases.Stands(folded, ChatPhrases.Fold(i.CustomerName)))) ?? Single(candidates.Where(i => ChatPhrases.Stands(folded, Service(i.Title))));

    private static string? Single(IEnumerable<(string Id, string CustomerName, string Title, DateOnly OccurredOn)> incidents) =>
        incidents.Select(i => i.Id).Distinct().Take(2).ToList() is [var only] ? only : null;

    // The service's word: four letters or more, so a title starting "VM …" or "A …" names nothing.
    private static string Service(string title) => ChatText.Tokens(ChatText.Fold(title)) is [var first, ..] && first.Length >= 4 ? first : string.Empty;
}
