using System.Text.RegularExpressions;

namespace PartnerHelp.Core.Chat;

/// <summary>
/// Understands help-bot messages in every site language, with or without diacritics and with small
/// typos: words map to concepts through an embedded vocabulary, and intents are ordered rules over those
/// concepts. Pure and thread-safe; no model to train or download.
/// </summary>
public sealed partial class IntentRecognizer
{
    private readonly ChatVocabulary _vocabulary = ChatVocabulary.Default;

    /// <summary>
    /// Recognizes the intent, order number, named resource and language of <paramref name="text"/>. A message
    /// that names a subscription, reservation, store order or item, or credit request by id asks why it can or
    /// cannot be done with that resource (<see cref="ChatIntent.WhyCancelDisabled"/>), whatever verb it uses.
    /// </summary>
    public IntentMatch Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new IntentMatch(ChatIntent.None, null, false, null);
        }

        var (resource, rest) = NamedResource.Find(text);
        var orderId = resource is null ? FindOrderId(rest) : null; // "item SO-5001-2 of order SO-5001" names the item, not an order
        var folded = ChatText.Fold(OrderIdPattern().Replace(rest, " "));
        var concepts = _vocabulary.Concepts(folded);
        var intent = resource is null ? Decide(concepts, orderId is not null) : ChatIntent.WhyCancelDisabled;
        return new IntentMatch(intent, orderId, concepts.Contains(ChatConcept.Order), LanguageDetector.Detect(rest, _vocabulary.LanguageHits(folded)), resource);
    }

    /// <summary>The first order number in <paramref name="text"/>, normalised to <c>XX-1234</c>, or null.</summary>
    public static string? FindOrderId(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var match = OrderIdPattern().Match(text.Normalize(System.Text.NormalizationForm.FormKC));
        return match.Success ? $"{match.Groups[1].Value.ToUpperInvariant()}-{match.Groups[2].Value}" : null;
    }

    private static ChatIntent Decide(HashSet<ChatConcept> c, bool namesOrder)
    {
        bool Has(ChatConcept concept) => c.Contains(concept);

        if (Has(ChatConcept.Tax))
        {
            return ChatIntent.TaxRefund;
        }

        if (Has(ChatConcept.Reservation) || Has(ChatConcept.Exchange))
        {
            return ChatIntent.ReservationExchange;
        }

        if (Has(ChatConcept.Credit) || (Has(ChatConcept.Deadline) && !Has(ChatConcept.Cancel) && !Has(ChatConcept.Refund)))
        {
            return ChatIntent.CreditRequestDeadline;
        }

        if (Has(ChatConcept.Wire))
        {
            return ChatIntent.WireTransfer;
        }

        if (Has(ChatConcept.Cancel) && (Has(ChatConcept.Why) || Has(ChatConcept.Disabled) || Has(ChatConcept.Button)))
        {
            return ChatIntent.WhyCancelDisabled;
        }

        if (Has(ChatConcept.Refund) && Has(ChatConcept.Status))
        {
            return ChatIntent.RefundStatus;
        }

        if (Has(ChatConcept.Why) && (namesOrder || Has(ChatConcept.Order)))
        {
            return ChatIntent.WhyCancelDisabled;
        }

        if (Has(ChatConcept.Cancel))
        {
            return ChatIntent.HowToCancel;
        }

        if (Has(ChatConcept.Criteria) || Has(ChatConcept.Refund))
        {
            return ChatIntent.RefundCriteria;
        }

        if (Has(ChatConcept.Ticket))
        {
            return ChatIntent.WireTransfer;
        }

        if (Has(ChatConcept.Help))
        {
            return ChatIntent.Help;
        }

        return Has(ChatConcept.Greeting) ? ChatIntent.Greeting : ChatIntent.None;
    }

    // Letters and digits around the id must not be Latin letters or digits (so "CT-1002の" still counts).
    [GeneratedRegex(@"(?<![A-Za-z0-9])([A-Za-z]{2,4})[\-_]?([0-9]{3,12})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex OrderIdPattern();
}
