using PartnerHelp.Testing;

namespace PartnerHelp.Web.Tests.Testing;

/// <summary>One site for read-only page tests (nothing here cancels or opens anything).</summary>
public sealed class SharedSite : IDisposable
{
    public PartnerHelpFactory Factory { get; } = new();

    public void Dispose() => Factory.Dispose();
}
