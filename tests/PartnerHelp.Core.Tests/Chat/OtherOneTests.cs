using PartnerHelp.Core.Chat;

namespace PartnerHelp.Core.Tests.Chat;

public sealed class OtherOneTests
{
    [Theory]
    [InlineData("what about the other subscription?")]
    [InlineData("and the other?")]
    [InlineData("Und das andere Abo?")]
    [InlineData("und für den anderen dann?")]
    [InlineData("Et l'autre abonnement ?")]
    [InlineData("et l’autre alors ?")]
    [InlineData("¿Y la otra suscripción?")]
    [InlineData("e a outra assinatura, então?")]
    [InlineData("och den andra då?")]
    [InlineData("gäller det också den andra beställningen?")]
    [InlineData("còn gói kia thì sao?")]
    [InlineData("もう一つの方はどうですか？")]
    [InlineData("وماذا عن الاشتراك الآخر؟")]
    [InlineData("thế còn món kia thì sao?")]
    [InlineData("und was ist mit der anderen?")]
    [InlineData("طيب والآخر؟")]
    public void IsAsked_PointsAtTheOtherResource(string question) => Assert.True(OtherOne.IsAsked(question));

    [Theory]
    [InlineData("what are the other steps to cancel?")]
    [InlineData("Gibt es andere Möglichkeiten?")]
    [InlineData("Can I cancel NW-SUB-1001 and get a refund?")]
    [InlineData("la otra vez no funcionó el botón, ¿por qué está deshabilitado CT-1001?")]
    public void IsAsked_IgnoresOtherUsesOfTheWord(string question) => Assert.False(OtherOne.IsAsked(question));

    [Fact]
    public void IsAsked_IgnoresLongMessages() =>
        Assert.False(OtherOne.IsAsked(new string('x', OtherOne.MaxLength) + " and the other one?"));
}
