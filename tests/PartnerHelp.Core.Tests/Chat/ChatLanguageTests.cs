namespace PartnerHelp.Core.Tests.Chat;

/// <summary>
/// The answer language's input (docs/bot.md, "Answer"): the message's language when it is clear, English product words
/// not counting against the language around them; a short message that may well be in the user's earlier language stays in it.
/// </summary>
public sealed class ChatLanguageTests
{
    [Theory]
    [InlineData("ok merci", "fr")]
    [InlineData("le refund de CT-1008 est en cours ou pas ?", "fr")]
    [InlineData("kann ich die order CT-1001 canceln und das geld zurückbekommen?", "de")]
    [InlineData("refund của CT-1008 đã process xong chưa vậy", "vi")]
    [InlineData("o refund do CT-1008 ja caiu ou ainda ta processando?", "pt-BR")]
    [InlineData("får vi refund efter Silver→Gold upgrade?", "sv")]
    [InlineData("depois do upgrade Silver→Gold ainda tem refund?", "pt-BR")]
    [InlineData("le refund marche encore après un upgrade Silver→Gold ?", "fr")]
    public void EnglishProductWords_DoNotDecide_TheLanguageAroundThem(string text, string language) =>
        Assert.Equal(language, Recognizers.Default.DetectLanguage(text).Language);

    [Theory]
    [InlineData("refund timing")]
    [InlineData("order refund still pending")]
    [InlineData("cancel order CT-1002")]
    [InlineData("refund status")]
    public void EnglishWithProductWords_IsNeverReadAsAnotherLanguage(string text) =>
        Assert.Contains(Recognizers.Default.DetectLanguage(text).Language, new[] { "en", null });

    [Theory]
    [InlineData("ok, verstanden", "de", "de")]
    [InlineData("och sen?", "sv", "sv")]
    [InlineData("e aí?", "pt-BR", "pt-BR")]
    [InlineData("tudo certo", "pt-BR", "pt-BR")]
    [InlineData("thank you very much for the help", "de", "en")] // a clear sentence of another language switches
    [InlineData("Muchas gracias por la ayuda, hasta luego", "fr", "es")]
    [InlineData("Warum ist die Schaltfläche zum Stornieren ausgegraut?", "sv", "de")]
    public void AShortMessage_KeepsTheUsersEarlierLanguage_UnlessItIsClearlyAnother(string text, string earlier, string language) =>
        Assert.Equal(language, Recognizers.Default.DetectLanguage(text, earlier).Language);

    [Theory]
    [InlineData("refund order CT-1002 đi")] // the model alone: unclear, vi at 0.11
    [InlineData("invoice credit note ạ")]
    public void AVietnameseOnlyLetter_DecidesAnOtherwiseUnclearText(string text) =>
        Assert.Equal("vi", Recognizers.Default.DetectLanguage(text).Language);

    [Theory]
    [InlineData("refund status please", "en")]
    [InlineData("où est mon remboursement ?", "fr")]
    [InlineData("não recebi o reembolso", "pt-BR")]
    public void LettersOtherLanguagesShare_AreNoVietnameseEvidence(string text, string language) =>
        Assert.Equal(language, Recognizers.Default.DetectLanguage(text).Language);

    [Theory]
    [InlineData("estado reembolso", "es")] // the model alone: Spanish or Portuguese, neither at 0.6
    [InlineData("cancelação do pedido SO-5001", "pt-BR")] // a letter only Portuguese writes
    public void AShortText_InWordsSpanishAndPortugueseShare_IsAnsweredInOneOfThem(string text, string language) =>
        Assert.Equal(language, Recognizers.Default.DetectLanguage(text).Language);

    [Theory]
    [InlineData("reembolso")] // one word both write the same: which of the two is the training data's (pt-BR 0.66 at stop 34)
    [InlineData("reembolso total?")]
    public void OneWordBothLanguagesWrite_IsAnsweredInOneOfThem(string text) =>
        Assert.Contains(Recognizers.Default.DetectLanguage(text).Language, new[] { "es", "pt-BR" });

    [Fact]
    public void Read_PassesTheEarlierLanguage_ToTheLanguageOfTheReading() =>
        Assert.Equal("de", Recognizers.Default.Read("ok, verstanden", Recognizers.Today, "de").Language);
}
