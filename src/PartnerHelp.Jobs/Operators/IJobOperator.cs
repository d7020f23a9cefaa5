namespace PartnerHelp.Jobs.Operators;

/// <summary>Who is acting on the jobs right now (the signed-in operator of a dashboard request), for the audit and the refund's history.</summary>
public interface IJobOperator
{
    /// <summary>The acting operator's user id and display name, or null outside an operator's request.</summary>
    (string Id, string Name)? Current { get; }
}
