using PartnerHelp.Core.Chat;

namespace PartnerHelp.Core.Tests.Chat;

public sealed class ChatPhrasesTests
{
    [Theory]
    [InlineData("Tailspin Toys wants out", "tailspin toys")]
    [InlineData("cancel for TAILSPIN-TOYS, please", "tailspin toys")]
    [InlineData("Exchangeの障害", "exchange")]
    [InlineData("the exchange", "exchange")]
    [InlineData("Công ty Tailspin Toys hủy gói", "tailspin toys")]
    public void APhrase_StandsAlone_WhereverItIs(string text, string phrase) =>
        Assert.True(ChatPhrases.Stands(ChatPhrases.Fold(text), phrase));

    [Theory]
    [InlineData("the exchanger broke", "exchange")]
    [InlineData("Exchanges are down", "exchange")]
    [InlineData("tailspintoys.example", "tailspin toys")]
    [InlineData("anything", "")]
    public void APhrase_InsideAnotherWord_OrEmpty_NamesNothing(string text, string phrase) =>
        Assert.False(ChatPhrases.Stands(ChatPhrases.Fold(text), phrase));

    [Fact]
    public void Fold_LowersStripsMarksAndSingleSpaces() =>
        Assert.Equal("cong ty tailspin toys", ChatPhrases.Fold("  Công  ty, Tailspin-Toys! "));
}
