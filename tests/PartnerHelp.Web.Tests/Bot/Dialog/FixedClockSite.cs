using Microsoft.Extensions.Time.Testing;
using PartnerHelp.Testing;

namespace PartnerHelp.Web.Tests.Bot.Dialog;

/// <summary>The site read on a fixed day (Sunday 6 December 2026, noon UTC), so relative and yearless dates have one meaning.</summary>
public sealed class FixedClockSite : PartnerHelpFactory
{
    /// <summary>The site's today.</summary>
    public static readonly DateOnly Today = new(2026, 12, 6);

    public FixedClockSite() => Clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero));
}
