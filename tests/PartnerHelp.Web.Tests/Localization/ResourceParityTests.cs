using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PartnerHelp.Web.Localization;

namespace PartnerHelp.Web.Tests.Localization;

/// <summary>
/// Every translation has exactly the English keys, no empty values, nothing left in English by accident
/// and the same {0}-style placeholders; every resource is embedded where its marker type finds it.
/// </summary>
public sealed class ResourceParityTests
{
    /// <summary>Every culture of the site besides the neutral English: each resource must exist in each of them.</summary>
    public static readonly string[] RequiredCultures = ["vi", "sv", "de", "fr", "es", "ja", "pt-BR", "ar"];

    /// <summary>Values that are rightly the same in every language: product and offer names.</summary>
    public static readonly IReadOnlySet<string> SameAsEnglishAllowed = new HashSet<string>(StringComparer.Ordinal)
    {
        "SharedResource/App_Name",
        "RefundResource/Offer_PartnerSuccessCore",
        "RefundResource/Offer_ActionPack",
        "RefundResource/Offer_SolutionsPartnerDesignation",
    };

    /// <summary>Words one language really writes as English does (culture:file/key).</summary>
    public static readonly IReadOnlySet<string> SameAsEnglishInCulture = new HashSet<string>(StringComparer.Ordinal)
    {
        "sv:JobsResource/Jobs_Detail_Order",
        "sv:JobsResource/Jobs_Col_Order",
        "sv:JobsResource/Jobs_Detail_Partner",
        "sv:JobsResource/Jobs_Col_Partner",
        "de:JobsResource/Jobs_Col_Target",
        "de:JobsResource/Jobs_Col_Job",
        "de:JobsResource/Jobs_Kind_other",
        "de:JobsResource/Jobs_Detail_Partner",
        "de:JobsResource/Jobs_Col_Partner",
        "de:ReservationsResource/SubscriptionType_EnterpriseAgreement",
        "de:ReservationsResource/Reservation_Region",
        "de:ReservationsResource/Reservation_Status",
        "de:ReservationsResource/Type_SqlDatabase",
        "de:ReservationsResource/Type_CosmosDb",
        "de:ReservationsResource/Type_AppService",
        "fr:JobsResource/Jobs_Paging_Page",
        "fr:JobsResource/Jobs_Detail_Exception",
        "fr:JobsResource/Jobs_Recurring_Active",
        "fr:ChatResource/Panel_Bot",
        "fr:CreditRequestsResource/CreditNew_Incident",
        "fr:ReservationsResource/Reservation_Type",
        "fr:ReservationsResource/Reservation_Actions",
        "fr:ReservationsResource/Status_Active",
        "fr:ReservationsResource/Type_SqlDatabase",
        "fr:ReservationsResource/Type_CosmosDb",
        "fr:ReservationsResource/Type_AppService",
        "es:JobsResource/Jobs_Detail_Partner",
        "es:JobsResource/Jobs_Col_Partner",
        "es:JobsResource/Jobs_Common_No",
        "es:ReservationsResource/Type_CosmosDb",
        "es:ReservationsResource/Type_AppService",
        "es:StoreOrdersResource/StoreOrders_PreOrder_No",
        "pt-BR:ReservationsResource/Reservation_Status",
        "pt-BR:ReservationsResource/Type_CosmosDb",
        "pt-BR:ReservationsResource/Type_AppService",
        "ja:ReservationsResource/Type_CosmosDb",
        "ja:ReservationsResource/Type_AppService",
        "ar:ReservationsResource/Type_CosmosDb",
        "ar:ReservationsResource/Type_AppService",
    };

    public static TheoryData<string> NeutralFiles() => new(ResourceFiles.Neutral);

    public static TheoryData<string, string> TranslationFiles()
    {
        var data = new TheoryData<string, string>();
        foreach (var (baseName, culture) in ResourceFiles.Translations)
        {
            data.Add(baseName, culture);
        }

        return data;
    }

    [Fact]
    public void Resources_IncludeThePagesFiles_WhenTheFolderIsRead()
    {
        Assert.Superset(
            new HashSet<string> { "SharedResource", "RefundResource", "CriteriaResource", "MembershipsResource", "CancellationResource", "TicketResource" },
            ResourceFiles.Neutral.ToHashSet());
    }

    [Theory]
    [MemberData(nameof(NeutralFiles))]
    public void NeutralFile_HasEveryRequiredTranslation_WhenItExists(string baseName)
    {
        foreach (var culture in RequiredCultures)
        {
            Assert.True(File.Exists(Path.Combine(ResourceFiles.Folder, $"{baseName}.{culture}.resx")), $"{baseName} has no {culture} translation.");
        }
    }

    [Theory]
    [MemberData(nameof(NeutralFiles))]
    public void NeutralFile_HasNoEmptyValue_WhenRead(string baseName)
    {
        var empty = ResourceFiles.Read(baseName).Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Key).ToList();
        Assert.True(empty.Count == 0, $"{baseName}.resx has empty values: {string.Join(", ", empty)}");
    }

    [Theory]
    [MemberData(nameof(TranslationFiles))]
    public void CultureFile_HasExactlyTheNeutralKeys(string baseName, string culture)
    {
        var english = ResourceFiles.Read(baseName);
        var translated = ResourceFiles.Read(baseName, culture);

        var missing = english.Keys.Except(translated.Keys).Order(StringComparer.Ordinal).ToList();
        var extra = translated.Keys.Except(english.Keys).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, $"{baseName}.{culture}.resx lacks: {string.Join(", ", missing)}");
        Assert.True(extra.Count == 0, $"{baseName}.{culture}.resx has keys English does not: {string.Join(", ", extra)}");
    }

    [Theory]
    [MemberData(nameof(TranslationFiles))]
    public void CultureFile_HasNoEmptyOrUntranslatedValue(string baseName, string culture)
    {
        var english = ResourceFiles.Read(baseName);
        var problems = new List<string>();
        foreach (var (key, value) in ResourceFiles.Read(baseName, culture))
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add($"{key} is empty");
            }
            else if (english.TryGetValue(key, out var source) && string.Equals(value.Trim(), source.Trim(), StringComparison.Ordinal)
                && value.Any(char.IsLetter)
                && !SameAsEnglishAllowed.Contains($"{baseName}/{key}")
                && !SameAsEnglishInCulture.Contains($"{culture}:{baseName}/{key}"))
            {
                problems.Add($"{key} is still English (\"{value}\")");
            }
        }

        Assert.True(problems.Count == 0, $"{baseName}.{culture}.resx: {string.Join("; ", problems)}");
    }

    [Theory]
    [MemberData(nameof(TranslationFiles))]
    public void CultureFile_UsesTheEnglishPlaceholders(string baseName, string culture)
    {
        var english = ResourceFiles.Read(baseName);
        var problems = new List<string>();
        foreach (var (key, value) in ResourceFiles.Read(baseName, culture))
        {
            if (english.TryGetValue(key, out var source) && !ResourceFiles.Placeholders(source).SetEquals(ResourceFiles.Placeholders(value)))
            {
                problems.Add($"{key}: English has {{{string.Join("},{", ResourceFiles.Placeholders(source).Order())}}}, translation has {{{string.Join("},{", ResourceFiles.Placeholders(value).Order())}}}");
            }
        }

        Assert.True(problems.Count == 0, $"{baseName}.{culture}.resx: {string.Join("; ", problems)}");
    }

    [Fact]
    public void Placeholders_FindsIndexesWithFormats_WhenValueHasThem() =>
        Assert.Equal(new HashSet<int> { 0, 2 }, ResourceFiles.Placeholders("{0} of {2:N0} ({{not}})").ToHashSet());

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    [InlineData("sv")]
    [InlineData("de")]
    [InlineData("fr")]
    [InlineData("es")]
    [InlineData("ja")]
    [InlineData("pt-BR")]
    [InlineData("ar")]
    public void MarkerTypes_ResolveEveryKeyOfTheirFile_InTheRequiredCultures(string culture)
    {
        var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance);
        var markers = typeof(SharedResource).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(SharedResource).Namespace && t.Name.EndsWith("Resource", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(markers);

        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            foreach (var marker in markers)
            {
                Assert.Contains(marker.Name, ResourceFiles.Neutral);
                var expected = culture == "en" ? ResourceFiles.Read(marker.Name) : ResourceFiles.Read(marker.Name, culture);
                var localizer = factory.Create(marker);
                foreach (var (key, value) in expected)
                {
                    var actual = localizer[key];
                    Assert.False(actual.ResourceNotFound, $"{marker.Name}[{key}] is not embedded where the marker looks.");
                    Assert.Equal(value, actual.Value);
                }
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
