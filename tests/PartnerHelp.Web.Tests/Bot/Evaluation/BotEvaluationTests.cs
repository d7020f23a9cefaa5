using PartnerHelp.Testing;
using Xunit.Abstractions;

namespace PartnerHelp.Web.Tests.Bot.Evaluation;

/// <summary>
/// The bot's accuracy on whole conversations (docs/bot.md, "Evaluation"). The development set is the bot
/// author's own check; the held-out set was written separately, by someone who never saw the tuning data, and is
/// never tuned against. <c>scripts/bot-eval.sh</c> runs both and writes the reports to artifacts/bot-eval.
/// </summary>
public sealed class BotEvaluationTests(PartnerHelpFactory factory, ITestOutputHelper output) : IClassFixture<PartnerHelpFactory>
{
    private static readonly string Folder = RepoPaths.Combine("tests", "PartnerHelp.Web.Tests", "Bot", "Evaluation");

    [Fact]
    public async Task DevelopmentSet_IsAnsweredRight()
    {
        var report = await RunAsync("dev.jsonl", withMisses: true);
        Assert.True(report.Accuracy >= 0.90, $"Development set accuracy {report.Accuracy:P1} is below 90%.");
    }

    [Fact]
    public async Task ProbeSet5_IsAnsweredRight()
    {
        // probe-5.jsonl was written for round 5 by a writer who saw neither the tuning data nor the other sets; its misses
        // were read and worked on in round 5 (docs/bot.md), so it is a development set now, spent as a measure. The floor
        // is a little under what the shipped model measures on it (424/432 = 98.1%).
        var report = await RunAsync("probe-5.jsonl", withMisses: true);
        Assert.True(report.Accuracy >= 0.97, $"Probe set 5 accuracy {report.Accuracy:P1} is below its 97% floor.");
    }

    [Theory]
    [InlineData("heldout.jsonl", 0.90, 0.80)]
    [InlineData("heldout-2.jsonl", 0.92, 0.78)]
    [InlineData("heldout-3.jsonl", 0.90, 0.80)]
    [InlineData("heldout-4.jsonl", 0.92, 0.65)]
    public async Task HeldOutSet_IsScored_AndStaysAboveItsFloor(string file, double overallFloor, double groupFloor)
    {
        // Misses are listed only on request (BOT_EVAL_MISSES=1): the rows are not read while tuning. The report prints
        // the verdict against the budget (95% overall, 90% per language and topic); this test guards against
        // regressions below the floor the shipped component measured (docs/bot.md), it is not the budget.
        // heldout.jsonl was written for round 1 and its aggregate read while tuning round 2; heldout-2.jsonl was written for
        // round 3 and its misses were reviewed in round 4b (spent as a measure); heldout-3.jsonl was written for round 4 by
        // a writer who saw neither the tuning data nor the other sets, and it is the measure now (docs/bot.md).
        var report = await RunAsync(file, withMisses: Environment.GetEnvironmentVariable("BOT_EVAL_MISSES") == "1");
        // Floors a little under what the shipped model measured on each set (docs/bot.md): 95.8% and every group >= 90%
        // on the first, 94.6% and its lowest group 81.8% on the second, 92.4% and 83.3% on the third.
        Assert.True(report.Accuracy >= overallFloor, $"Held-out ({file}) accuracy {report.Accuracy:P1} fell below its {overallFloor:P0} floor.");
        foreach (var (group, accuracy, _) in report.Groups("lang").Concat(report.Groups("topic")))
        {
            Assert.True(accuracy >= groupFloor, $"Held-out ({file}) {group} accuracy {accuracy:P1} fell below its {groupFloor:P0} floor.");
        }
    }

    private async Task<EvaluationReport> RunAsync(string file, bool withMisses)
    {
        var rows = EvaluationRow.Load(Path.Combine(Folder, file));
        var report = await new BotEvaluator(factory.Services).RunAsync(rows);
        var text = report.Render(withMisses);
        output.WriteLine(text);
        var artifacts = RepoPaths.Combine("artifacts", "bot-eval");
        Directory.CreateDirectory(artifacts);
        await File.WriteAllTextAsync(Path.Combine(artifacts, Path.ChangeExtension(file, ".txt")), text);
        return report;
    }
}
