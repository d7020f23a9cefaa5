namespace PartnerHelp.Core.Chat;

/// <summary>
/// English product words partners keep in a sentence of their own language ("refund für CT-1008?", "le refund de
/// CT-1008", "ok, verstanden"): they say nothing about the language around them, so the language model reads the
/// sentence without them when enough of it is left.
/// </summary>
internal static class LoanWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "ok", "okay", "cancel", "canceled", "cancelled", "cancellation", "refund", "refunds", "refunded", "order", "orders",
        "pre-order", "preorder", "subscription", "subscriptions", "ticket", "tickets", "button", "invoice", "credit",
        "reservation", "support", "admin", "store", "status", "process", "processed", "email", "e-mail", "partner", "center",
    };

    private static readonly char[] Separators = [' ', '\t', '\n', '\r', ',', '.', '?', '!', '？', '。', '、', '؟', '،', ':', ';', '"', '(', ')'];

    /// <summary><paramref name="text"/> without its English product words (lower-cased); the text itself when it has none.</summary>
    public static string Without(string text)
    {
        var words = text.ToLowerInvariant().Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        return words.Any(Words.Contains) ? string.Join(' ', words.Where(w => !Words.Contains(w))) : text;
    }
}
