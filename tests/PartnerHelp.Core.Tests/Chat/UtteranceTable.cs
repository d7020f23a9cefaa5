using PartnerHelp.Core.Chat;
using PartnerHelp.Testing;

namespace PartnerHelp.Core.Tests.Chat;

/// <summary>One row of an utterance table: the language it is written in, the intent it asks for, the text.</summary>
public sealed record Utterance(string Language, ChatIntent Intent, string Text)
{
    /// <summary>Reads <c>tests/PartnerHelp.Core.Tests/Chat/{file}</c> (tab-separated, # comments).</summary>
    public static IReadOnlyList<Utterance> Load(string file) =>
        File.ReadAllLines(RepoPaths.Combine("tests", "PartnerHelp.Core.Tests", "Chat", file))
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => line.Split('\t'))
            .Select(columns => new Utterance(columns[0], Enum.Parse<ChatIntent>(columns[1]), columns[2]))
            .ToList();
}
