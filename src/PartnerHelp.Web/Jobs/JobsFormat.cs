using System.Globalization;

namespace PartnerHelp.Web.Jobs;

/// <summary>Times and durations on the dashboard, in the current culture; times are UTC, as every node agrees on it.</summary>
public static class JobsFormat
{
    /// <summary>An instant as UTC in the culture's short date and long time.</summary>
    public static string Time(DateTimeOffset? instant) =>
        instant is { } value ? value.UtcDateTime.ToString("G", CultureInfo.CurrentCulture) + " UTC" : "—";

    /// <summary>A duration: milliseconds under a second, seconds under a minute, then h:mm:ss.</summary>
    public static string Duration(TimeSpan? duration) => duration switch
    {
        null => "—",
        { TotalSeconds: < 1 } d => d.TotalMilliseconds.ToString("N0", CultureInfo.CurrentCulture) + " ms",
        { TotalMinutes: < 1 } d => d.TotalSeconds.ToString("N1", CultureInfo.CurrentCulture) + " s",
        { TotalDays: < 1 } d => d.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture),
        { } d => d.ToString(@"d\.hh\:mm\:ss", CultureInfo.InvariantCulture),
    };
}
