using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartnerHelp.Web.Tests.Bot.Evaluation;

/// <summary>One row of an evaluation set in the evaluation contract's format (CONTRACT.md beside this file).</summary>
public sealed record EvaluationRow(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("lang")] string Lang,
    [property: JsonPropertyName("user")] string? User,
    [property: JsonPropertyName("history")] IReadOnlyList<string> History,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("topic")] string Topic,
    [property: JsonPropertyName("resource")] string? Resource,
    [property: JsonPropertyName("tags")] IReadOnlyList<string> Tags)
{
    /// <summary>Reads a JSONL file (one row per line).</summary>
    public static IReadOnlyList<EvaluationRow> Load(string path) =>
        File.ReadLines(path)
            .Where(line => line.Trim().Length > 0)
            .Select(line => JsonSerializer.Deserialize<EvaluationRow>(line) ?? throw new InvalidDataException(line))
            .ToList();
}
