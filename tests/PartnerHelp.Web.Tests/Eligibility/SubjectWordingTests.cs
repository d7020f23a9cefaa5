using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Core.Eligibility;
using PartnerHelp.Testing;
using PartnerHelp.Web.Eligibility;

namespace PartnerHelp.Web.Tests.Eligibility;

/// <summary>Shared reasons and remedies are worded for what they are about, in every site culture.</summary>
public sealed class SubjectWordingTests(PartnerHelpFactory site) : IClassFixture<PartnerHelpFactory>
{
    private static readonly string[] Cultures = ["en", "vi", "sv", "de", "fr", "es", "ja", "pt-BR", "ar"];

    private static readonly ReasonFacts Ended = new() { OccurredAt = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero) };

    public static TheoryData<string, SubjectKind> EveryCultureAndOtherSubject()
    {
        var data = new TheoryData<string, SubjectKind>();
        foreach (var culture in Cultures)
        {
            foreach (var kind in Enum.GetValues<SubjectKind>().Where(k => k != SubjectKind.MembershipOrder))
            {
                data.Add(culture, kind);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCultureAndOtherSubject))]
    public void AlreadyCancelledAndAskPartnerAdmin_HaveTheirOwnSentence_ForEverySubjectOtherThanAMembershipOrder(string culture, SubjectKind kind)
    {
        var (orderReason, orderRemedy) = Render(culture, SubjectKind.MembershipOrder);
        var (reason, remedy) = Render(culture, kind);

        Assert.NotEqual(orderReason, reason);
        Assert.NotEqual(orderRemedy, remedy);
        Assert.DoesNotContain("_", reason + remedy, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\{\d\}", reason);
    }

    [Theory]
    [InlineData(SubjectKind.Reservation, "This reservation was already returned or exchanged on November 1, 2026.", "to return or exchange the reservation.")]
    [InlineData(SubjectKind.CspSubscription, "This subscription was already cancelled or suspended on November 1, 2026.", "to cancel or suspend the subscription.")]
    [InlineData(SubjectKind.StoreOrderItem, "This item was already cancelled on November 1, 2026.", "to cancel the item.")]
    [InlineData(SubjectKind.MembershipOrder, "This order was cancelled on November 1, 2026.", "to cancel the order.")]
    public void Reason_NamesTheRightThing_InEnglish(SubjectKind kind, string reason, string remedyEnd)
    {
        var (sentence, remedy) = Render("en", kind);

        Assert.Equal(reason, sentence.Replace("Sunday, ", string.Empty, StringComparison.Ordinal));
        Assert.EndsWith(remedyEnd, remedy, StringComparison.Ordinal);
    }

    private (string Reason, string Remedy) Render(string culture, SubjectKind kind)
    {
        using var scope = site.Services.CreateScope();
        var text = scope.ServiceProvider.GetRequiredService<EligibilityText>();
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var reason = text.Reason(new EligibilityReason(ReasonCode.AlreadyCancelled, ReasonKind.State, Remedy.None, Ended) { Subject = kind });
            var remedy = text.Remedy(new EligibilityReason(ReasonCode.NotCspAgent, ReasonKind.Authority, Remedy.AskPartnerAdmin, Ended) { Subject = kind })!;
            return (reason, remedy);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }
}
