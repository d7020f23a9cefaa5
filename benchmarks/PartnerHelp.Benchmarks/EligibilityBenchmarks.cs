using BenchmarkDotNet.Attributes;
using PartnerHelp.Core;
using PartnerHelp.Core.Accounts;
using PartnerHelp.Core.Eligibility;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Core.Partners;

namespace PartnerHelp.Benchmarks;

/// <summary>
/// One evaluation of the membership rules through the eligibility service: a typical order (every rule
/// holds) and the worst demo case (CT-1007 for a user without the admin role: four reasons).
/// </summary>
[MemoryDiagnoser]
public class EligibilityBenchmarks
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);
    private readonly EligibilityService _service = new(new FixedClock(Now), [new MembershipRefundRules()]);
    private readonly Partner _partner = new("contoso", "Contoso", "USD", PartnerStatus.Active, CspRelationship.None, false);
    private readonly Requester _admin = new("u1", "contoso", new HashSet<string> { PartnerRoles.MpnAdmin });
    private readonly Requester _user = new("u2", "contoso", new HashSet<string>());
    private MembershipOrder _typical = null!;
    private MembershipOrder _worst = null!;

    [GlobalSetup]
    public void Setup()
    {
        _typical = new MembershipOrder("CT-1001", "contoso", MembershipOffer.PartnerSuccessCore, Now.AddDays(-5), new Money(1765m, "USD"), PaymentMethod.CreditCard, "Visa •••• 4242");
        _worst = new MembershipOrder("CT-1007", "contoso", MembershipOffer.PartnerSuccessCore, Now.AddDays(-40), new Money(1765m, "USD"), PaymentMethod.WireTransfer, "IBAN •••• 7731");
        _worst.RecordBenefitActivated(MembershipBenefit.VisualStudioSubscriptions, Now.AddDays(-39));
    }

    /// <summary>A typical order: SelfServeCancel for its admin.</summary>
    [Benchmark(Baseline = true)]
    public EligibilityResult TypicalOrder() => _service.Evaluate(_typical, _partner, _admin);

    /// <summary>Every kind of reason at once.</summary>
    [Benchmark]
    public EligibilityResult FourReasons() => _service.Evaluate(_worst, _partner, _user);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
