namespace PartnerHelp.Web.Localization;

/// <summary>Marker for <c>Resources/MembershipsResource*.resx</c>: the memberships workspace, order detail and refund progress.</summary>
public sealed class MembershipsResource;
