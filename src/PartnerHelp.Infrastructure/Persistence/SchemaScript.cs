namespace PartnerHelp.Infrastructure.Persistence;

/// <summary>One numbered schema change, e.g. <c>0001_initial.sql</c>.</summary>
public sealed record SchemaScript(int Version, string Name, string Sql);
