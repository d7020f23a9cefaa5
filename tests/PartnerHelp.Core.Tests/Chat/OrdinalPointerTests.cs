using PartnerHelp.Core.Chat;

namespace PartnerHelp.Core.Tests.Chat;

public sealed class OrdinalPointerTests
{
    [Theory]
    [InlineData("the second one", 2)]
    [InlineData("and the first?", 1)]
    [InlineData("das zweite", 2)]
    [InlineData("und der erste?", 1)]
    [InlineData("le deuxième", 2)]
    [InlineData("et la première ?", 1)]
    [InlineData("¿y el segundo?", 2)]
    [InlineData("o segundo", 2)]
    [InlineData("e a primeira?", 1)]
    [InlineData("det första", 1)]
    [InlineData("còn cái thứ hai thì sao?", 2)]
    [InlineData("cai thu hai", 2)]
    [InlineData("الثاني", 2)]
    [InlineData("والثاني؟", 2)]
    [InlineData("2番目は？", 2)]
    [InlineData("the third one please", 3)]
    [InlineData("cái thứ hai ấy", 2)]
    [InlineData("والاشتراك الثاني؟", 2)]
    [InlineData("und das zweite Abo?", 2)]
    public void Position_ReadsAPointerByPosition(string question, int position) =>
        Assert.Equal(position, OrdinalPointer.Position(question));

    [Theory]
    [InlineData("wait a second")] // a word that is neither an ordinal nor around one
    [InlineData("what is the first step?")]
    [InlineData("the first and the second")] // two positions
    [InlineData("den andra")] // "the other" as much as "the second": OtherOne reads it
    [InlineData("2番目の手順は何ですか？教えてください")] // a question of its own
    [InlineData("can I cancel the second item of my store order, the one that was charged last week?")]
    [InlineData("")]
    public void Position_IsNull_ForAnythingElse(string question) => Assert.Null(OrdinalPointer.Position(question));
}
