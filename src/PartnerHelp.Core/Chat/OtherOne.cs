namespace PartnerHelp.Core.Chat;

/// <summary>
/// "And the other one?" right after an answer about one of two resources: a short message that points at the other
/// one without naming it, in the nine languages. The dialog then looks among the user's own resources of the kind just
/// discussed, and the message names the other only when exactly one is left.
/// </summary>
public static class OtherOne
{
    /// <summary>Messages longer than this are questions of their own, not a pointer at the other resource.</summary>
    public const int MaxLength = 80;

    // Folded (ChatText.Fold: lower case, no diacritics). A pointer with its noun counts anywhere in the message.
    private static readonly string[] WithNoun =
    [
        "other one", "other sub", "other subscription", "other order", "other item", "other reservation",
        "anderen abo", "andere abo", "anderen bestellung", "andere bestellung", "anderen artikel", "andere artikel",
        "autre abonnement", "autre commande", "autre article",
        "otra suscripcion", "otro pedido", "otro articulo",
        "outra assinatura", "outro pedido", "outro item",
        "andra abonnemanget", "andra prenumerationen", "andra ordern", "andra bestallningen",
        "goi kia", "don kia", "cai con lai", "goi con lai", "don con lai", "mon con lai",
    ];

    // A bare pronoun ("the other", "l'autre") only at the end, before a filler at most: "what are the other steps?" is not one.
    private static readonly string[] Bare =
    [
        "the other", "der andere", "die andere", "das andere", "den anderen", "dem anderen", "beim anderen", "des anderen",
        "l autre", "el otro", "la otra", "del otro", "de la otra", "al otro", "o outro", "a outra", "do outro", "da outra",
        "no outro", "na outra", "den andra", "det andra", "den andre", "cai kia", "mon kia", "der anderen", "الاخر", "الاخري", "الاخرى",
        "والاخر", "والاخري", "والاخرى",
    ];

    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "then", "too", "please", "da", "dann", "denn", "alors", "donc", "entonces", "pues", "entao", "tambem", "thi", "sao",
        "nua", "nhi", "a", "do", "ocksa", "ok",
    };

    private static readonly string[] Japanese = ["もう一つ", "もうひとつ", "もう1つ", "もう片方", "もう一方", "もう一件", "他の方", "別の方"];

    /// <summary>Whether <paramref name="question"/> is a short pointer at "the other" resource.</summary>
    public static bool IsAsked(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (question.Length > MaxLength)
        {
            return false;
        }

        if (Japanese.Any(p => question.Contains(p, StringComparison.Ordinal)))
        {
            return true;
        }

        var words = ChatText.Tokens(ChatText.Fold(question));
        var folded = " " + string.Join(' ', words) + " ";
        if (WithNoun.Any(p => folded.Contains(" " + p + " ", StringComparison.Ordinal)))
        {
            return true;
        }

        var end = words.Length;
        while (end > 0 && Fillers.Contains(words[end - 1]))
        {
            end--;
        }

        var ending = " " + string.Join(' ', words, 0, end);
        return Bare.Any(p => ending.EndsWith(" " + p, StringComparison.Ordinal));
    }
}
