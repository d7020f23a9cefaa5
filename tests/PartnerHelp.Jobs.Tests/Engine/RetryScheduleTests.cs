using PartnerHelp.Jobs.Engine;

namespace PartnerHelp.Jobs.Tests.Engine;

public sealed class RetryScheduleTests
{
    private static readonly JobsOptions Options = new()
    {
        RetryInitialDelay = TimeSpan.FromSeconds(2),
        RetryBackoff = 2,
        RetryMaxDelay = TimeSpan.FromMinutes(1),
        RetryJitter = 0.2,
    };

    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 4)]
    [InlineData(5, 32)]
    [InlineData(6, 60)]
    [InlineData(10, 60)]
    [InlineData(1000, 60)]
    public void Nominal_GrowsByTheBackoff_UpToTheMaximum(long attempt, double seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), new RetrySchedule(Options, () => 0.5).Nominal(attempt));

    [Theory]
    [InlineData(0.0, 4 * 0.8)]
    [InlineData(0.5, 4)]
    [InlineData(0.999999, 4 * 1.2)]
    public void DelayInSeconds_LandsWithinTheJitter_RoundedUpToWholeSeconds(double random, double seconds) =>
        Assert.Equal((int)Math.Ceiling(seconds), new RetrySchedule(Options, () => random).DelayInSeconds(2));

    [Fact]
    public void DelayInSeconds_IsAtLeastOneSecond_WhenTheWaitIsShorter()
    {
        var fast = new JobsOptions { RetryInitialDelay = TimeSpan.FromMilliseconds(100), RetryJitter = 0 };

        Assert.Equal(1, new RetrySchedule(fast, () => 0).DelayInSeconds(1));
    }

    [Fact]
    public void Nominal_Refuses_WhenAttemptIsNotAtLeastOne() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new RetrySchedule(Options, () => 0).Nominal(0));
}
