namespace PartnerHelp.Jobs.Scheduling;

/// <summary>What one status check found: <paramref name="Done"/> is false while the payout has not settled.</summary>
public sealed record StatusCheck(bool Done, string Summary)
{
    /// <inheritdoc />
    public override string ToString() => Summary;
}
