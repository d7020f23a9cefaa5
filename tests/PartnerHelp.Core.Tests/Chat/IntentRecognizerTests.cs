using System.Globalization;
using PartnerHelp.Core.Chat;
using Xunit.Abstractions;

namespace PartnerHelp.Core.Tests.Chat;

public sealed class IntentRecognizerTests(ITestOutputHelper output)
{
    private static readonly string[] Languages = ["en", "vi", "sv", "de", "fr", "es", "ja", "pt-BR", "ar"];
    private readonly IntentRecognizer _recognizer = new();

    [Fact]
    public void Recognize_ReachesTargetAccuracy_OnTuningTable()
    {
        var accuracy = Report("tuning", Utterance.Load("utterances.tuning.tsv"));
        Assert.True(accuracy >= 0.95, $"Tuning accuracy {accuracy:P1} is below 95%.");
    }

    [Fact]
    public void Recognize_ReachesTargetAccuracy_OnHeldOutTable()
    {
        // The held-out rows were never used to tune the vocabulary; this figure estimates real-world accuracy.
        var rows = Utterance.Load("utterances.heldout.tsv");
        var accuracy = Report("held-out", rows);
        var languages = rows.Count(r => _recognizer.Recognize(r.Text).Language == r.Language);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"held-out language detection: {languages}/{rows.Count} = {(double)languages / rows.Count:P1}"));
        Assert.True(accuracy >= 0.90, $"Held-out accuracy {accuracy:P1} is below 90%.");
    }

    [Fact]
    public void Recognize_CoversEveryLanguageAndIntent_InBothTables()
    {
        foreach (var file in new[] { "utterances.tuning.tsv", "utterances.heldout.tsv" })
        {
            var rows = Utterance.Load(file);
            foreach (var language in Languages)
            {
                foreach (var intent in Enum.GetValues<ChatIntent>().Where(i => i != ChatIntent.None))
                {
                    Assert.Contains(rows, r => r.Language == language && r.Intent == intent);
                }
            }
        }
    }

    [Fact]
    public void Recognize_DetectsLanguage_ForMostTuningUtterances()
    {
        var rows = Utterance.Load("utterances.tuning.tsv");
        var detected = rows.Count(r => _recognizer.Recognize(r.Text).Language == r.Language);
        var rate = (double)detected / rows.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"language detection: {detected}/{rows.Count} = {rate:P1}"));
        foreach (var miss in rows.Where(r => _recognizer.Recognize(r.Text).Language != r.Language))
        {
            output.WriteLine($"  {miss.Language} → {_recognizer.Recognize(miss.Text).Language ?? "?"}: {miss.Text}");
        }

        Assert.True(rate >= 0.85, $"Language detection {rate:P1} is below 85%.");
    }

    [Theory]
    [InlineData("why is cancel disabled for CT-1002?", "CT-1002")]
    [InlineData("what about ct1007", "CT-1007")]
    [InlineData("CT-1002のキャンセル", "CT-1002")]
    [InlineData("لماذا لا أستطيع إلغاء الطلب CT-1002؟", "CT-1002")]
    [InlineData("nothing here in 2024", null)]
    public void FindOrderId_NormalizesTheNumber_WhenOneIsNamed(string text, string? expected) =>
        Assert.Equal(expected, IntentRecognizer.FindOrderId(text));

    [Theory]
    [InlineData("Varför är knappen inaktiverad för min order?", "sv")]
    [InlineData("Tại sao nút Hủy bị vô hiệu hóa?", "vi")]
    [InlineData("Warum ist die Schaltfläche deaktiviert?", "de")]
    [InlineData("キャンセルできない", "ja")]
    public void Recognize_DetectsTheLanguage_WhenItIsClear(string text, string language) =>
        Assert.Equal(language, _recognizer.Recognize(text).Language);

    [Theory]
    [InlineData("I paid by credit card, why can't I cancel?", ChatIntent.WhyCancelDisabled)]
    [InlineData("", ChatIntent.None)]
    [InlineData("purple elephants", ChatIntent.None)]
    public void Recognize_ReturnsIntent_ForEdgeCases(string text, ChatIntent intent) =>
        Assert.Equal(intent, _recognizer.Recognize(text).Intent);

    private double Report(string name, IReadOnlyList<Utterance> rows)
    {
        var correct = 0;
        foreach (var row in rows)
        {
            var actual = _recognizer.Recognize(row.Text).Intent;
            if (actual == row.Intent)
            {
                correct++;
            }
            else
            {
                output.WriteLine($"  MISS [{row.Language}] expected {row.Intent}, got {actual}: {row.Text}");
            }
        }

        foreach (var language in Languages)
        {
            var subset = rows.Where(r => r.Language == language).ToList();
            var ok = subset.Count(r => _recognizer.Recognize(r.Text).Intent == r.Intent);
            output.WriteLine($"  {language}: {ok}/{subset.Count}");
        }

        var accuracy = (double)correct / rows.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} accuracy: {correct}/{rows.Count} = {accuracy:P1}"));
        return accuracy;
    }
}
