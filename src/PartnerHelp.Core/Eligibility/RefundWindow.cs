namespace PartnerHelp.Core.Eligibility;

/// <summary>
/// Calendar-day windows counted on UTC dates, so the viewer's time zone never flips a decision:
/// the purchase day is day 0, and day <c>length</c> is still inside.
/// </summary>
public readonly record struct RefundWindow(DateOnly StartDay, int LengthDays)
{
    /// <summary>A window of <paramref name="lengthDays"/> days starting on the UTC date of <paramref name="start"/>.</summary>
    public static RefundWindow From(DateTimeOffset start, int lengthDays) =>
        new(DateOnly.FromDateTime(start.UtcDateTime), lengthDays);

    /// <summary>The last day inside the window.</summary>
    public DateOnly LastDay => StartDay.AddDays(LengthDays);

    /// <summary>The instant the window closes: midnight UTC after <see cref="LastDay"/>.</summary>
    public DateTimeOffset EndsAt => new(LastDay.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>Whole UTC calendar days from the start to <paramref name="now"/> (never negative).</summary>
    public int DaysSinceStart(DateTimeOffset now) =>
        Math.Max(0, DateOnly.FromDateTime(now.UtcDateTime).DayNumber - StartDay.DayNumber);

    /// <summary>Whether <paramref name="now"/> falls inside the window.</summary>
    public bool Contains(DateTimeOffset now) => DaysSinceStart(now) <= LengthDays;
}
