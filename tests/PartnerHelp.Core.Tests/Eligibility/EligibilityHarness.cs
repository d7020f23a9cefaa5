using Microsoft.Extensions.Time.Testing;
using PartnerHelp.Core.Accounts;
using PartnerHelp.Core.Eligibility;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Testing;

namespace PartnerHelp.Core.Tests.Eligibility;

/// <summary>The real eligibility service with the membership rules and a hand-set clock.</summary>
internal sealed class EligibilityHarness
{
    public static readonly Requester Admin = new("u-admin", "contoso", new HashSet<string> { PartnerRoles.MpnAdmin });
    public static readonly Requester PlainUser = new("u-user", "contoso", new HashSet<string>());
    public static readonly Requester OtherPartnerAdmin = new("u-other", "fabrikam", new HashSet<string> { PartnerRoles.MpnAdmin });

    public EligibilityHarness(DateTimeOffset now)
    {
        Clock = new FakeTimeProvider(now);
        Service = new EligibilityService(Clock, [new MembershipRefundRules()]);
    }

    public FakeTimeProvider Clock { get; }

    public EligibilityService Service { get; }
}
