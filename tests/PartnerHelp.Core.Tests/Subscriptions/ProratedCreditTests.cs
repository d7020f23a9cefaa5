using PartnerHelp.Core.Subscriptions;

namespace PartnerHelp.Core.Tests.Subscriptions;

public sealed class ProratedCreditTests
{
    private static readonly Money Price = new(1200.00m, "SEK");

    [Theory]
    // 2026-01-15 → 2027-01-15 is 365 days.
    [InlineData("2026-01-15", "2027-01-15", "2026-01-15", 365, "1200.00")]
    [InlineData("2026-01-15", "2027-01-15", "2026-02-15", 334, "1098.08")]
    [InlineData("2026-01-15", "2027-01-15", "2026-02-28", 321, "1055.34")]
    [InlineData("2026-01-15", "2027-01-15", "2026-03-01", 320, "1052.05")]
    [InlineData("2026-01-15", "2027-01-15", "2027-01-14", 1, "3.29")]
    [InlineData("2026-01-15", "2027-01-15", "2027-01-15", 0, "0.00")]
    [InlineData("2026-01-15", "2027-01-15", "2027-06-01", 0, "0.00")]
    [InlineData("2026-01-15", "2027-01-15", "2025-12-31", 365, "1200.00")]
    // A term holding 29 Feb 2028 has 366 days, and the leap day counts as a day.
    [InlineData("2027-06-01", "2028-06-01", "2028-02-29", 93, "304.92")]
    [InlineData("2027-06-01", "2028-06-01", "2028-03-01", 92, "301.64")]
    public void For_CreditsTheUnusedActualDays_RoundedToTheCent(string start, string end, string stop, int unusedDays, string expected)
    {
        var termStart = DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture);
        var termEnd = DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture);
        var stopDay = DateOnly.Parse(stop, System.Globalization.CultureInfo.InvariantCulture);

        var credit = ProratedCredit.For(Price, termStart, termEnd, stopDay);

        Assert.Equal(unusedDays, ProratedCredit.UnusedDays(termStart, termEnd, stopDay));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), credit.Amount);
        Assert.Equal("SEK", credit.Currency);
    }

    [Fact]
    public void For_RoundsHalfAwayFromZero()
    {
        // 0.05 × 1 / 2 = 0.025 → 0.03
        var credit = ProratedCredit.For(new Money(0.05m, "USD"), new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 3), new DateOnly(2026, 1, 2));

        Assert.Equal(0.03m, credit.Amount);
    }

    [Fact]
    public void For_Throws_WhenTheTermIsEmpty() =>
        Assert.Throws<ArgumentException>(() => ProratedCredit.For(Price, new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 1)));
}
