namespace PartnerHelp.Jobs.Operators;

/// <summary>No operator: the jobs run on their own (hosts without a dashboard).</summary>
internal sealed class NoJobOperator : IJobOperator
{
    public (string Id, string Name)? Current => null;
}
