namespace PartnerHelp.Web.Tests.Security;

/// <summary>A state-changing form post: where its token comes from, where it goes, a complete valid form.</summary>
public sealed record FormPost(string User, string TokenPage, string Action, Dictionary<string, string> Fields)
{
    /// <summary>The page route and handler the post reaches, as "route|handler" (handler empty for OnPost).</summary>
    public string? Handler { get; init; }

    public override string ToString() => $"{User} POST {Action}";
}
