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
    private static readonly string Folder = RepoPaths.BotEvaluationSets;

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
        // is a little under what the shipped model measures on it (399/432 = 92.4%, scored as the held-out sets are: its
        // StoreOrder rows take SO-5001 for Northwind's).
        var report = await RunAsync("probe-5.jsonl", withMisses: true);
        Assert.True(report.Accuracy >= 0.91, $"Probe set 5 accuracy {report.Accuracy:P1} is below its 91% floor.");
    }

    [Fact]
    public async Task ProbeSet6_IsAnsweredRight()
    {
        // probe-6.jsonl was written for round 6 by a writer who saw neither the tuning data nor the other sets. It was run
        // once on the round-5 model as a baseline (389/432 = 90.0%), then its misses were read and worked on (docs/bot.md,
        // round 6): it is a development set now. The floor is a little under what the round-6 model measures (419/432 = 97.0%).
        var report = await RunAsync("probe-6.jsonl", withMisses: true);
        Assert.True(report.Accuracy >= 0.96, $"Probe set 6 accuracy {report.Accuracy:P1} is below its 96% floor.");
    }

    [Fact]
    public async Task ProbeSet7_IsAnsweredRight()
    {
        // probe-7.jsonl was written for round 6b by a writer who saw neither the tuning data nor the other sets. It was run
        // once on the round-6 model as a baseline (404/432 = 93.5%), then its misses were read and worked on (docs/bot.md,
        // round 6b): it is a development set now. The floor is a little under what the round-6b model measures (421/432 = 97.5%).
        var report = await RunAsync("probe-7.jsonl", withMisses: true);
        Assert.True(report.Accuracy >= 0.96, $"Probe set 7 accuracy {report.Accuracy:P1} is below its 96% floor.");
    }

    [Fact]
    public async Task ProbeSet8_IsAnsweredRight()
    {
        // probe-8.jsonl was written for round 7 by a writer who saw neither the tuning data nor the other sets. It was run
        // once on the round-6b model as a baseline (410/432 = 94.9%), then its misses were read and worked on (docs/bot.md,
        // round 7): it is a development set now. The floor is a little under what the round-7 model measures (423/432 = 97.9%).
        var report = await RunAsync("probe-8.jsonl", withMisses: true);
        Assert.True(report.Accuracy >= 0.96, $"Probe set 8 accuracy {report.Accuracy:P1} is below its 96% floor.");
    }

    [Fact]
    public async Task ProbeSet9_IsAnsweredRight()
    {
        // probe-9.jsonl was written for round 8 by a writer who saw neither the tuning data nor the other sets. It was run
        // once on the round-7b model as a baseline (397/432 = 91.9%), then its misses were read and worked on (docs/bot.md,
        // round 8): it is a development set now. The floor is a little under what the round-8 model measures (409/432 =
        // 94.7%); 13 of its misses are StoreOrder rows that write only SO-5001 and label the item they describe, which
        // round 7b's rule answers as the order.
        var report = await RunAsync("probe-9.jsonl", withMisses: true);
        Assert.True(report.Accuracy >= 0.93, $"Probe set 9 accuracy {report.Accuracy:P1} is below its 93% floor.");
    }

    [Fact]
    public async Task ProbeSet10_IsAnsweredRight()
    {
        // probe-10.jsonl was written for round 9 by a writer who saw neither the tuning data nor the other sets. It was run
        // once on the stop-31 model as a baseline (398/432 = 92.1%), then its misses were read and worked on (docs/bot.md,
        // round 9): it is a development set now. The floor is a little under what the round-9 model measures (423/432 = 97.9%).
        var report = await RunAsync("probe-10.jsonl", withMisses: true);
        Assert.True(report.Accuracy >= 0.96, $"Probe set 10 accuracy {report.Accuracy:P1} is below its 96% floor.");
    }

    [Fact]
    public async Task ProbeSet11_IsAnsweredRight()
    {
        // probe-11.jsonl was written for round 10 by a writer who saw neither the tuning data nor the other sets. It was run
        // once on the round-9 model as a baseline (402/432 = 93.1%), then its misses were read and worked on (docs/bot.md,
        // round 10): it is a development set now. The floor is a little under what the round-10 model measures (414/432 = 95.8%).
        var report = await RunAsync("probe-11.jsonl", withMisses: true);
        Assert.True(report.Accuracy >= 0.95, $"Probe set 11 accuracy {report.Accuracy:P1} is below its 95% floor.");
    }

    [Theory]
    [InlineData("probe-13.jsonl", 0.97)]
    [InlineData("probe-14.jsonl", 0.97)]
    [InlineData("probe-15.jsonl", 0.97)]
    [InlineData("probe-16.jsonl", 0.97)]
    [InlineData("probe-17.jsonl", 0.97)]
    [InlineData("probe-18.jsonl", 0.97)]
    [InlineData("probe-20.jsonl", 0.96)]
    public async Task TrainingSet_IsAnsweredRight(string file, double floor)
    {
        // probe-13.jsonl to probe-15.jsonl (stop 33) and probe-16.jsonl to probe-20.jsonl (stop 34, each leaned toward
        // topics the retired sets' misses confused) were written by writers who saw neither the tuning data nor the other
        // sets, as training data from the start (scripts/fold-sets.py): this checks that the training took. probe-20.jsonl
        // is half follow-ups, whose short messages do not train (their topic is their history's): its floor is lower.
        // probe-19.jsonl was written too and left out: asked for ids named as background, its writer labelled questions
        // that name an order with the topic they would have without it, which the dialog by design does not do.
        var report = await RunAsync(file, withMisses: true);
        Assert.True(report.Accuracy >= floor, $"Training set {file} accuracy {report.Accuracy:P1} is below its {floor:P0} floor.");
    }

    [Fact]
    public async Task ProbeSet12_IsAnsweredRight()
    {
        // probe-12.jsonl was written for round 11 by a writer who saw neither the tuning data nor the other sets, leaned
        // toward Help and SupportTicket. It was run once on the round-10 model as a baseline (406/432 = 94.0%), then its
        // misses were read and worked on (docs/bot.md, round 11): it is a development set now. The floor is a little under
        // what the round-11 model measures (413/432 = 95.6%).
        var report = await RunAsync("probe-12.jsonl", withMisses: true);
        Assert.True(report.Accuracy >= 0.95, $"Probe set 12 accuracy {report.Accuracy:P1} is below its 95% floor.");
    }

    [Theory]
    [InlineData("heldout.jsonl", 0.90, 0.80, null)]
    [InlineData("heldout-2.jsonl", 0.90, 0.80, "StoreOrder")]
    [InlineData("heldout-3.jsonl", 0.88, 0.80, "StoreOrder")]
    [InlineData("heldout-4.jsonl", 0.90, 0.80, "StoreOrder")]
    [InlineData("heldout-5.jsonl", 0.91, 0.70, null)]
    [InlineData("heldout-6.jsonl", 0.92, 0.80, null)]
    [InlineData("heldout-7.jsonl", 0.93, 0.80, null)]
    [InlineData("heldout-8.jsonl", 0.95, 0.85, null)]
    [InlineData("heldout-9.jsonl", 0.93, 0.80, null)]
    [InlineData("heldout-10.jsonl", 0.93, 0.70, null)]
    [InlineData("heldout-11.jsonl", 0.93, 0.78, null)]
    [InlineData("heldout-12.jsonl", 0.94, 0.80, null)]
    [InlineData("heldout-13.jsonl", 0.95, 0.85, null)]
    [InlineData("heldout-14.jsonl", 0.96, 0.90, null)]
    [InlineData("heldout-15.jsonl", 0.94, 0.77, null)]
    [InlineData("heldout-16.jsonl", 0.98, 0.90, null)]
    [InlineData("heldout-17.jsonl", 0.98, 0.90, null)]
    [InlineData("heldout-18.jsonl", 0.98, 0.90, null)]
    [InlineData("heldout-19.jsonl", 0.98, 0.90, null)]
    [InlineData("heldout-20.jsonl", 0.98, 0.90, null)]
    [InlineData("heldout-21.jsonl", 0.98, 0.90, null)]
    [InlineData("heldout-22.jsonl", 0.98, 0.94, null)]
    [InlineData("heldout-23.jsonl", 0.98, 0.94, null)]
    [InlineData("heldout-24.jsonl", 0.96, 0.88, null)]
    [InlineData("heldout-25.jsonl", 0.96, 0.80, null)]
    [InlineData("heldout-26.jsonl", 0.98, 0.88, null)]
    [InlineData("heldout-27.jsonl", 0.97, 0.88, null)]
    public async Task HeldOutSet_IsScored_AndStaysAboveItsFloor(string file, double overallFloor, double groupFloor, string? unfloored)
    {
        // Misses are listed only on request (BOT_EVAL_MISSES=1): the rows are not read while tuning. The report prints
        // the verdict against the budget (95% overall, 90% per language and topic); this test guards against
        // regressions below the floor the shipped component measured (docs/bot.md, "Evaluation"), it is not the budget.
        // Since stop 33 the rows of the retired sets (heldout.jsonl to heldout-15.jsonl, since stop 34 to heldout-21.jsonl,
        // and of every probe set) train the recognizer (scripts/fold-sets.py): for them this is a check that the training
        // took, not a measure. Stop 33 ran heldout-16.jsonl to heldout-21.jsonl once as its measures (16 425, 17 418, 18 421,
        // 19 424, 20 429, 21 426 of 432); stop 34 folded them in. Trained without them and their texts, stop 34's tree read
        // 2,559 of their 2,592 (the leave-out in docs/bot.md). heldout-22.jsonl to heldout-27.jsonl are stop 34's measure;
        // none of their texts is in the training data (FoldedSetsTests). Run once on the shipped tree (docs/bot.md, "Stop 34
        // measured"): 22 430, 23 429, 24 420, 25 422 (tickets 30/36), 26 428, 27 424 of 432, pooled 2,553 / 2,592 = 98.5%;
        // the floors are a little under.
        // heldout-13.jsonl to heldout-18.jsonl measure round 11 (docs/bot.md, "Stop 32 measured"): 16 was named its measure
        // before it ran, 17 its confirmation before it was written (93.3%: the budget missed), 18 was written for round 12,
        // which was backed out; 13 and 14 were also run on round 9, 15 on round 10, and their aggregates steered round 11.
        // heldout-8.jsonl and heldout-9.jsonl, written at the start of round 7 by writers who saw neither the tuning data nor
        // any other set, measure round 7 (first run on round 6b's model: 424/432 = 98.1% and 411/432 = 95.1%).
        // heldout-7.jsonl was the measure of round 6b (first run on round 6's model: 409/432 = 94.7%; on round 6b the same);
        // heldout-6.jsonl measured round 6 and its aggregate steered round 6b, heldout-5.jsonl measured round 5; the older
        // sets are spent and kept as regression checks. The writers of
        // sets 2-4 (and of probe set 5) took the store order SO-5001 for Northwind's, where the demo data make it Contoso's:
        // their StoreOrder rows expect answers the data cannot give, so that topic has no floor there (docs/bot.md).
        var report = await RunAsync(file, withMisses: Environment.GetEnvironmentVariable("BOT_EVAL_MISSES") == "1");
        Assert.True(report.Accuracy >= overallFloor, $"Held-out ({file}) accuracy {report.Accuracy:P1} fell below its {overallFloor:P0} floor.");
        foreach (var (group, accuracy, _) in report.Groups("lang").Concat(report.Groups("topic")).Where(g => g.Group != "topic " + unfloored))
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
