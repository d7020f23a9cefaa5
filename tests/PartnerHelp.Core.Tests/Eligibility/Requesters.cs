using Microsoft.Extensions.Time.Testing;
using PartnerHelp.Core.Accounts;
using PartnerHelp.Core.Partners;

namespace PartnerHelp.Core.Tests.Eligibility;

/// <summary>Partners and requesters for the CSP product lines.</summary>
internal static class Requesters
{
    public static readonly Partner Northwind = new("northwind", "Northwind", "SEK", PartnerStatus.Active, CspRelationship.IndirectProvider, isTaxExempt: true);
    public static readonly Partner Reseller = new("northwind", "Northwind", "SEK", PartnerStatus.Active, CspRelationship.IndirectReseller, isTaxExempt: false);
    public static readonly Requester Agent = new("u-agent", "northwind", new HashSet<string> { PartnerRoles.AdminAgent, PartnerRoles.MpnAdmin });
    public static readonly Requester SalesAgent = new("u-sales", "northwind", new HashSet<string> { PartnerRoles.SalesAgent });
    public static readonly Requester PlainUser = new("u-plain", "northwind", new HashSet<string>());

    public static Core.Eligibility.EligibilityService Service(DateTimeOffset now, params Core.Eligibility.IEligibilityRules[] rules) =>
        new(new FakeTimeProvider(now), rules);
}
