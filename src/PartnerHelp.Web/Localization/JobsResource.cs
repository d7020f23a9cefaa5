namespace PartnerHelp.Web.Localization;

/// <summary>Marker for <c>Resources/JobsResource*.resx</c>: the operators' jobs dashboard and the jobs' partner e-mails.</summary>
public sealed class JobsResource;
