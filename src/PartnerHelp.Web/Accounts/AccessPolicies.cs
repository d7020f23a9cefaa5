namespace PartnerHelp.Web.Accounts;

/// <summary>Authorization policy names (SPEC 7).</summary>
public static class AccessPolicies
{
    /// <summary>Signed in and a member of a partner: partner data, orders, tickets.</summary>
    public const string PartnerMember = nameof(PartnerMember);

    /// <summary>The jobs dashboard.</summary>
    public const string Operator = nameof(Operator);

    /// <summary>CSP agents: customers' reservations.</summary>
    public const string CspAgent = nameof(CspAgent);
}
