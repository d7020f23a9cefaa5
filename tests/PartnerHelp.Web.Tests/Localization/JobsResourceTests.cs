using System.Text.RegularExpressions;
using System.Xml.Linq;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Jobs.Engine;
using PartnerHelp.Jobs.Operators;
using PartnerHelp.Jobs.Recurring;
using PartnerHelp.Testing;

namespace PartnerHelp.Web.Tests.Localization;

public sealed partial class JobsResourceTests
{
    [Theory]
    [InlineData("vi")]
    [InlineData("sv")]
    [InlineData("de")]
    [InlineData("fr")]
    [InlineData("es")]
    [InlineData("pt-BR")]
    [InlineData("ja")]
    [InlineData("ar")]
    public void Culture_HasExactlyTheNeutralKeys_WhenTranslated(string culture)
    {
        var neutral = Keys("JobsResource.resx");
        var translated = Keys($"JobsResource.{culture}.resx");

        Assert.Equal(neutral.Order(StringComparer.Ordinal), translated.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void DashboardPages_UseOnlyKeysTheResourceHas_WhenKeysAreLiteral()
    {
        var neutral = Keys("JobsResource.resx").ToHashSet(StringComparer.Ordinal);
        var folder = RepoPaths.Combine("src", "PartnerHelp.Web", "Jobs");
        var used = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => LiteralKey().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .Distinct()
            .ToList();

        Assert.NotEmpty(used);
        Assert.All(used, key => Assert.Contains(key, neutral));
    }

    public static TheoryData<string> ComposedKeys()
    {
        var keys = new TheoryData<string>();
        IEnumerable<string> all =
        [
            .. Enum.GetNames<RefundStatus>().Select(s => $"Jobs_RefundStatus_{s}"),
            .. Enum.GetNames<RefundRetryResult>().Where(r => r != nameof(RefundRetryResult.NotFound)).Select(r => $"Jobs_AuditOutcome_{r}"),
            .. new[] { "Done", "Error", "AlreadyPaused", "NotPaused", "NotFound", "NotApplicable" }.Select(o => $"Jobs_AuditOutcome_{o}"),
            .. new[] { "Requeue", "Delete", "EnqueueNow", "TriggerRecurring", "RemoveRecurring", "RetryRefund", "PauseRecurring", "ResumeRecurring" }
                .Select(a => $"Jobs_AuditAction_{a}"),
            // Actions the dashboard before Hangfire's wrote: an upgraded database's audit log still shows them.
            .. new[] { "RetryNow", "TriggerNow", "Pause", "Resume", "Interrupt" }.Select(a => $"Jobs_AuditAction_{a}"),
            .. new[] { JobKind.RefundGroup, JobKind.StatusGroup, JobKind.RecurringGroup, JobKind.OtherGroup }.Select(g => $"Jobs_Kind_{g.Replace('-', '_')}"),
            .. RecurringJobs.All.Select(id => $"Jobs_Recurring_{id.Replace('-', '_')}"),
            .. typeof(JobAlertKinds).GetFields().Select(f => $"Jobs_Alert_{f.GetValue(null)}"),
            .. typeof(JobAttemptOutcomes).GetFields().Select(f => $"Jobs_Outcome_{f.GetValue(null)}"),
            .. new[] { "Kept", "Late", "Overdue", "AtRisk", "OnTrack" }.Select(p => $"Jobs_Promise_{p}"),
        ];
        foreach (var key in all)
        {
            keys.Add(key);
        }

        return keys;
    }

    [Theory]
    [MemberData(nameof(ComposedKeys))]
    public void ComposedKey_IsInTheResource_ForEveryValueItIsComposedFrom(string key) =>
        Assert.Contains(key, Keys("JobsResource.resx"));

    private static List<string> Keys(string file) =>
        XDocument.Load(RepoPaths.Combine("Resources", file)).Root!.Elements("data").Select(e => (string)e.Attribute("name")!).ToList();

    [GeneratedRegex("\"(Jobs_[A-Za-z_]+)\"")]
    private static partial Regex LiteralKey();
}
