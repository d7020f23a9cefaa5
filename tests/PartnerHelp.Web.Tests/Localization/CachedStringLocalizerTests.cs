using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PartnerHelp.Web.Bot.Dialog;
using PartnerHelp.Web.Localization;

namespace PartnerHelp.Web.Tests.Localization;

/// <summary>
/// The site's cached localizer answers exactly what the resource manager's localizer answers, strings with arguments
/// included (it keeps their parsed formats), in every culture, on a first and a repeated use.
/// </summary>
public sealed class CachedStringLocalizerTests
{
    [Fact]
    public void StringsWithArguments_MatchTheResourceManager_InEveryCulture_WhenUsedTwice()
    {
        using var services = Services();
        var cached = services.GetRequiredService<IStringLocalizer<MembershipsResource>>();
        var direct = services.GetRequiredService<ResourceManagerStringLocalizerFactory>().Create(typeof(MembershipsResource));
        var day = new DateOnly(2026, 3, 31);
        foreach (var culture in SiteCultures.All)
        {
            using var scope = ReplyCulture.Use(culture.Name);
            var date = DisplayFormats.Date(day);
            foreach (var use in new[] { 1, 2 })
            {
                Assert.Equal(direct["Order_Number", "CT-1002"].Value, cached["Order_Number", "CT-1002"].Value);
                Assert.Equal(direct["Memberships_WindowEnds", date].Value, cached["Memberships_WindowEnds", date].Value);
                Assert.Equal(direct["Memberships_Pager_Status", "2", "3"].Value, cached["Memberships_Pager_Status", "2", "3"].Value);
                Assert.False(cached["Order_Number", "CT-1002"].ResourceNotFound, $"{culture.Name}, use {use}");
            }
        }
    }

    [Fact]
    public void AStringWithArguments_IsFormattedInTheCurrentCulture_NotTheFirstCultureThatUsedIt()
    {
        using var services = Services();
        var localizer = services.GetRequiredService<IStringLocalizer<MembershipsResource>>();
        string german, swedish;
        using (ReplyCulture.Use("de"))
        {
            german = localizer["Order_Number", "CT-1"].Value;
        }

        using (ReplyCulture.Use("sv"))
        {
            swedish = localizer["Order_Number", "CT-1"].Value;
        }

        Assert.Contains("CT-1", german, StringComparison.Ordinal);
        Assert.Contains("CT-1", swedish, StringComparison.Ordinal);
        Assert.NotEqual(german, swedish);
    }

    [Fact]
    public void AMissingKeyWithArguments_IsTheKeyFormatted_AndStaysMissing()
    {
        using var services = Services();
        var localizer = services.GetRequiredService<IStringLocalizer<MembershipsResource>>();
        using var scope = ReplyCulture.Use("fr");

        var missing = localizer["No_Such_Key {0}", "x"];

        Assert.True(missing.ResourceNotFound);
        Assert.Equal("No_Such_Key x", missing.Value);
        Assert.True(localizer["No_Such_Key {0}", "y"].ResourceNotFound);
    }

    [Fact]
    public void EveryInstanceOfACulture_GetsItsStrings_BeyondTheInstancesRememberedByReference()
    {
        using var services = Services();
        var cached = services.GetRequiredService<IStringLocalizer<MembershipsResource>>();
        var direct = services.GetRequiredService<ResourceManagerStringLocalizerFactory>().Create(typeof(MembershipsResource));
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            // Forty new instances, of cultures in turn: more than the localizer remembers by reference.
            for (var i = 0; i < 40; i++)
            {
                var culture = new CultureInfo(SiteCultures.All[i % SiteCultures.All.Count].Name);
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
                Assert.Equal(direct["Memberships_Title"].Value, cached["Memberships_Title"].Value);
                Assert.Equal(direct["Order_Number", "CT-7"].Value, cached["Order_Number", "CT-7"].Value);
                Assert.True(cached["No_Such_Key"].ResourceNotFound);
            }
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }

    private static ServiceProvider Services() =>
        new ServiceCollection().AddLogging().AddPartnerHelpLocalization().BuildServiceProvider();
}
