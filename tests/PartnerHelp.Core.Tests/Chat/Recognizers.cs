using PartnerHelp.Core.Chat;

namespace PartnerHelp.Core.Tests.Chat;

/// <summary>One recognizer trained on the embedded utterances, shared by the test classes (training takes a fraction of a second).</summary>
internal static class Recognizers
{
    private static readonly Lazy<ChatRecognizer> Trained = new(() => new ChatRecognizer());

    public static ChatRecognizer Default => Trained.Value;

    public static DateOnly Today { get; } = new(2026, 12, 6);
}
