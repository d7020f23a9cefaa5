namespace PartnerHelp.Web.Tests.Security;

/// <summary>One route of <see cref="AccessMatrix"/>: the request and the expected answer per user column.</summary>
public sealed record AccessRow(string Route, string Request, params string[] Expected);
