namespace PartnerHelp.Core.Accounts;

/// <summary>Role names, as stored by the identity system and checked by every front door.</summary>
public static class PartnerRoles
{
    /// <summary>Partner admin / account admin: may cancel membership orders.</summary>
    public const string MpnAdmin = "MpnAdmin";

    /// <summary>CSP admin agent.</summary>
    public const string AdminAgent = "AdminAgent";

    /// <summary>CSP helpdesk agent.</summary>
    public const string HelpdeskAgent = "HelpdeskAgent";

    /// <summary>CSP sales agent.</summary>
    public const string SalesAgent = "SalesAgent";

    /// <summary>CSP user management admin.</summary>
    public const string UserManagementAdmin = "UserManagementAdmin";

    /// <summary>Operator of the jobs dashboard.</summary>
    public const string Operator = "Operator";

    /// <summary>Every role the site knows.</summary>
    public static IReadOnlyList<string> All { get; } =
        [MpnAdmin, AdminAgent, HelpdeskAgent, SalesAgent, UserManagementAdmin, Operator];

    /// <summary>Roles that manage customers' Azure reservations.</summary>
    public static IReadOnlyList<string> CspAgents { get; } =
        [AdminAgent, HelpdeskAgent, SalesAgent, UserManagementAdmin];
}
