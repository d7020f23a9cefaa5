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
        var folded = " " + string.Join(' ', ChatText.Tokens(ChatText.Fold(text))) + " ";
        if (Single(candidates.Where(i => Stands(folded, Phrase(i.CustomerName)))) is { } byCustomer)
        {
            return byCustomer;
        }

        if (Single(candidates.Where(i => Stands(folded, Service(i.Title)))) is { } byService)
        {
            return byService;
        }

        return dates.Count > 0 ? Single(candidates) : null;
    }

    private static string? Single(IEnumerable<(string Id, string CustomerName, string Title, DateOnly OccurredOn)> incidents) =>
        incidents.Select(i => i.Id).Distinct().Take(2).ToList() is [var only] ? only : null;

    private static string Phrase(string name) => string.Join(' ', ChatText.Tokens(ChatText.Fold(name)));

    // The service's word: four letters or more, so a title starting "VM …" or "A …" names nothing.
    private static string Service(string title) => ChatText.Tokens(ChatText.Fold(title)) is [var first, ..] && first.Length >= 4 ? first : string.Empty;

    // A phrase stands alone when no Latin letter or digit touches it (Japanese writes "exchangeの障害" without spaces).
    private static bool Stands(string folded, string phrase)
    {
        if (phrase.Length == 0)
        {
            return false;
        }

        for (var at = folded.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            var end = at + phrase.Length;
            if (!char.IsAsciiLetterOrDigit(folded[at - 1]) && (end >= folded.Length || !char.IsAsciiLetterOrDigit(folded[end])))
            {
                return true;
            }
        }

        return false;
    }
}
