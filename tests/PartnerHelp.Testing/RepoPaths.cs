namespace PartnerHelp.Testing;

/// <summary>Locates files of the repository from a test's output folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The bot's training utterances beside the model they train (<c>src/PartnerHelp.Core/Chat</c>).</summary>
    public static string ChatTrainingData { get; } = Combine("src", "PartnerHelp.Core", "Chat");

    /// <summary>The bot's evaluation sets, their contract and the writers' notes.</summary>
    public static string BotEvaluationSets { get; } = Combine("tests", "PartnerHelp.Web.Tests", "Bot", "Evaluation");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PartnerHelp.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("PartnerHelp.sln not found above " + AppContext.BaseDirectory);
    }
}
