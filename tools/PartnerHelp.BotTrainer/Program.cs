using System.Diagnostics;
using System.Globalization;
using PartnerHelp.Core.Chat;
using PartnerHelp.Web.Bot;

// Trains the help bot's recognizer on the utterance set and the site's translated strings, then writes the
// shipped model. Usage: PartnerHelp.BotTrainer <output file>. Deterministic: the same inputs give the same file.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: PartnerHelp.BotTrainer <output file>");
    return 2;
}

var output = Path.GetFullPath(args[0]);
// The utterances sit beside the model they train (src/PartnerHelp.Core/Chat).
var utterances = UtteranceSet.Load(Path.GetDirectoryName(output)!);
var samples = ChatLanguageSamples.FromSiteResources();
var clock = Stopwatch.StartNew();
var model = RecognizerTrainer.Train(utterances, samples);
var trained = clock.Elapsed;

RecognizerModel? previous = null;
if (File.Exists(output))
{
    try
    {
        using var old = File.OpenRead(output);
        previous = RecognizerModel.Load(old);
    }
    catch (InvalidDataException)
    {
        // A model of an older format: replaced below.
    }
}

using (var file = File.Create(output))
{
    model.Save(file);
}

// What the site will load is the quantised file, so it is read back and compared with the previous one from it.
clock.Restart();
using var written = File.OpenRead(output);
var shipped = RecognizerModel.Load(written);
var loaded = clock.Elapsed;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"trained on {utterances.Count} utterances and {samples.Count} language samples in {trained.TotalSeconds:F1} s; " +
    $"wrote {output} ({new FileInfo(output).Length / 1024.0:F0} KB), read back in {loaded.TotalMilliseconds:F0} ms"));
Console.WriteLine($"fingerprint {shipped.Fingerprint}");
if (previous is not null)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"largest weight change from the previous model: {previous.Difference(shipped):P2} of its largest weight{(previous.Fingerprint == shipped.Fingerprint ? " (same inputs)" : " (new inputs)")}"));
}

return 0;
