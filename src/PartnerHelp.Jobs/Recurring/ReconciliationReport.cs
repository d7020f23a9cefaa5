namespace PartnerHelp.Jobs.Recurring;

/// <summary>What a reconciliation run did.</summary>
public sealed record ReconciliationReport(int Checked, int Opened, int Resolved);
