using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Core;
using PartnerHelp.Core.Eligibility;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Testing;
using PartnerHelp.Web.Eligibility;

namespace PartnerHelp.Web.Tests.Eligibility;

public sealed class EligibilityTextTests(PartnerHelpFactory site) : IClassFixture<PartnerHelpFactory>
{
    private static readonly ReasonFacts EveryFact = new()
    {
        DaysSincePurchase = 45,
        WindowDays = 30,
        LastDayInWindow = new DateOnly(2026, 11, 6),
        Benefit = MembershipBenefit.AzureCredits,
        OccurredAt = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero),
        PaymentMethod = PaymentMethod.WireTransfer,
        RequiredRole = "MpnAdmin",
        Amount = new Money(1234.5m, "SEK"),
        ComparedAmount = new Money(2000m, "SEK"),
    };

    public static TheoryData<string, ReasonCode> EveryCultureAndReason()
    {
        var data = new TheoryData<string, ReasonCode>();
        foreach (var culture in new[] { "en", "vi", "sv" })
        {
            foreach (var code in Enum.GetValues<ReasonCode>())
            {
                data.Add(culture, code);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCultureAndReason))]
    public void Reason_RendersEveryCodeWithItsFacts_InEveryCulture(string culture, ReasonCode code)
    {
        using var scope = site.Services.CreateScope();
        var text = scope.ServiceProvider.GetRequiredService<EligibilityText>();
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var sentence = text.Reason(new EligibilityReason(code, ReasonKind.Criterion, Remedy.None, EveryFact));

            Assert.NotEqual($"Reason_{code}", sentence);
            Assert.DoesNotMatch(@"\{\d\}", sentence);
            foreach (var remedy in Enum.GetValues<Remedy>().Where(r => r != Remedy.None))
            {
                var advice = text.Remedy(new EligibilityReason(code, ReasonKind.Criterion, remedy, EveryFact));
                Assert.False(string.IsNullOrWhiteSpace(advice));
                Assert.NotEqual($"Remedy_{remedy}", advice);
            }
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }

    [Fact]
    public void Reason_ShowsTheExchangeArithmetic_InTheCulturesMoneyFormat()
    {
        using var scope = site.Services.CreateScope();
        var text = scope.ServiceProvider.GetRequiredService<EligibilityText>();
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("sv");
        try
        {
            var sentence = text.Reason(new EligibilityReason(ReasonCode.ExchangeNotHigherValue, ReasonKind.Criterion, Remedy.CorrectTheInput, EveryFact));

            Assert.Equal("Det nya köpet (2 000,00 kr) måste kosta mer än det proportionella belopp som returneras (1 234,50 kr).", sentence.Replace('\u00A0', ' '));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }
}
