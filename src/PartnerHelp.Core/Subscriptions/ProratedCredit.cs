namespace PartnerHelp.Core.Subscriptions;

/// <summary>
/// Prorated credit for the unused part of a term, by actual days: the term runs from its start day
/// (inclusive) to its end day (exclusive), both UTC calendar days; the day the service stops is not
/// charged. credit = price × unused days / term days, rounded half away from zero to the cent.
/// Leap days count as the days they are.
/// </summary>
public static class ProratedCredit
{
    /// <summary>Credit for stopping on <paramref name="stopDay"/> a term of [<paramref name="termStart"/>, <paramref name="termEnd"/>).</summary>
    public static Money For(Money price, DateOnly termStart, DateOnly termEnd, DateOnly stopDay)
    {
        if (termEnd <= termStart)
        {
            throw new ArgumentException("A term ends after it starts.", nameof(termEnd));
        }

        var termDays = termEnd.DayNumber - termStart.DayNumber;
        var unused = Math.Clamp(termEnd.DayNumber - Math.Max(stopDay.DayNumber, termStart.DayNumber), 0, termDays);
        var amount = Math.Round(price.Amount * unused / termDays, 2, MidpointRounding.AwayFromZero);
        return new Money(amount, price.Currency);
    }

    /// <summary>The unused days of the term when stopping on <paramref name="stopDay"/>.</summary>
    public static int UnusedDays(DateOnly termStart, DateOnly termEnd, DateOnly stopDay) =>
        Math.Clamp(termEnd.DayNumber - Math.Max(stopDay.DayNumber, termStart.DayNumber), 0, termEnd.DayNumber - termStart.DayNumber);
}
