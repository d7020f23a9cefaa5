namespace PartnerHelp.Core.Chat;

/// <summary>
/// English product words partners keep in a sentence of their own language ("refund für CT-1008?", "le refund de
/// CT-1008", "ok, verstanden"): they say nothing about the language around them, so the language model reads the
/// sentence without them when enough of it is left.
/// </summary>
internal static class LoanWords
{
    private static readonly HashSet<string> Loans = new(StringComparer.Ordinal)
    {
        "ok", "okay", "cancel", "canceled", "cancelled", "cancellation", "refund", "refunds", "refunded", "order", "orders",
        "pre-order", "preorder", "subscription", "subscriptions", "ticket", "tickets", "button", "invoice", "credit",
        "reservation", "support", "admin", "store", "status", "process", "processed", "email", "e-mail", "partner", "center",
        "upgrade", "upgraded", "silver", "gold", "action", "pack", "azure", "microsoft", "surface", "xbox", "laptop",
    };

    /// <summary><paramref name="text"/> without its English product and brand words (lower-cased); the text itself when it has none.</summary>
    public static string Without(string text)
    {
        var words = Words(text.ToLowerInvariant());
        return words.Any(Loans.Contains) ? string.Join(' ', words.Where(w => !Loans.Contains(w))) : text;
    }

    // Words as letters, digits and hyphens: "Silver→Gold" is two words, "e-mail" one.
    private static List<string> Words(string lowered)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= lowered.Length; i++)
        {
            var inWord = i < lowered.Length && (char.IsLetterOrDigit(lowered[i]) || lowered[i] == '-');
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(lowered[start..i]);
                start = -1;
            }
        }

        return words;
    }
}
