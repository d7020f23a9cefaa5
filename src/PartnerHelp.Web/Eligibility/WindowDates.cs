namespace PartnerHelp.Web.Eligibility;

/// <summary>Turns the eligibility result's window instants into the day people are told.</summary>
public static class WindowDates
{
    /// <summary>
    /// <c>WindowEndsAt</c> is the instant the window closes (midnight UTC after its last day); people are told
    /// the last day on which they can still act.
    /// </summary>
    public static DateOnly LastDay(DateTimeOffset endsAt) => DateOnly.FromDateTime(endsAt.UtcDateTime).AddDays(-1);
}
