using PartnerHelp.Core.Chat;

namespace PartnerHelp.Core.Tests.Chat;

/// <summary>One recognizer with the shipped model (trained offline on the embedded utterances), shared by the test classes.</summary>
internal static class Recognizers
{
    private static readonly Lazy<ChatRecognizer> Shipped = new(() => new ChatRecognizer());

    public static ChatRecognizer Default => Shipped.Value;

    public static DateOnly Today { get; } = new(2026, 12, 6);
}
