namespace PartnerHelp.Infrastructure.Demo;

/// <summary>The <c>Demo</c> configuration section.</summary>
public sealed class DemoOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Demo";

    /// <summary>The password of every demo user.</summary>
    public const string Password = "PartnerHelp!1";

    /// <summary>Seed and re-base the demo data (on by default, any provider, any environment).</summary>
    public bool Enabled { get; set; } = true;
}
