using System.Text;

namespace PartnerHelp.Core.Chat;

/// <summary>
/// The shipped form of a trained model (<c>Chat/recognizer.model</c>): a small binary layout. Weights are quantised to
/// one signed byte per class with a half-precision scale per feature row, and rows whose largest weight is negligible
/// are left out (a hashed feature never seen in training has none at all). Loading is one pass over the rows:
/// milliseconds, where training took seconds. Version 2 (stop 33) is not compressed: Brotli saved only 30% of the
/// quantised bytes, and decompressing them was most of the load on the site's start-up path.
/// </summary>
internal static class ModelFile
{
    private const int Magic = 0x52434850; // "PHCR"
    private const int Version = 2;

    /// <summary>Rows whose largest absolute weight is below this are dropped: they move no probability visibly.</summary>
    public const float Negligible = 0.004f;

    public static void Write(Stream stream, RecognizerModel model)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(model.Fingerprint);
        writer.Write(model.UtteranceCount);
        WriteModel(writer, model.Topics);
        WriteModel(writer, model.Languages);
    }

    public static RecognizerModel Read(Stream stream)
    {
        // Read in place: the embedded resource is a stream over the mapped assembly, a file stream buffers on its own.
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != Version)
        {
            throw new InvalidDataException("Not a recognizer model of this version; run ./scripts/train-bot.sh.");
        }

        var fingerprint = reader.ReadString();
        var utterances = reader.ReadInt32();
        var topics = ReadModel(reader);
        var languages = ReadModel(reader);
        return new RecognizerModel(topics, languages, fingerprint, utterances);
    }

    private static void WriteModel(BinaryWriter writer, SoftmaxModel model)
    {
        var classes = model.Classes;
        writer.Write(classes);
        writer.Write(model.Bits);
        foreach (var bias in model.Bias)
        {
            writer.Write(bias);
        }

        var weights = model.Weights;
        var rows = new List<int>();
        for (var row = 0; row < 1 << model.Bits; row++)
        {
            if (MaxAbs(weights.Slice(row * classes, classes)) >= Negligible)
            {
                rows.Add(row);
            }
        }

        writer.Write(rows.Count);
        var previous = 0;
        foreach (var row in rows)
        {
            // Rows ascend, so each is written as the gap from the previous one: mostly one byte.
            writer.Write7BitEncodedInt(row - previous);
            previous = row;
            var values = weights.Slice(row * classes, classes);
            var scale = (Half)(MaxAbs(values) / 127f);
            writer.Write(scale);
            foreach (var value in values)
            {
                writer.Write((sbyte)Math.Clamp(MathF.Round(value / (float)scale), -127f, 127f));
            }
        }
    }

    private static SoftmaxModel ReadModel(BinaryReader reader)
    {
        var classes = reader.ReadInt32();
        var bits = reader.ReadInt32();
        if (classes is < 2 or > 64 || bits is < 8 or > 24)
        {
            throw new InvalidDataException("The recognizer model's header is damaged.");
        }

        var model = new SoftmaxModel(classes, bits);
        for (var k = 0; k < classes; k++)
        {
            model.Bias[k] = reader.ReadSingle();
        }

        var weights = model.Weights;
        var rows = reader.ReadInt32();
        var row = 0;
        Span<byte> quantised = stackalloc byte[classes];
        for (var i = 0; i < rows; i++)
        {
            row += reader.Read7BitEncodedInt();
            var scale = (float)reader.ReadHalf();
            reader.BaseStream.ReadExactly(quantised);
            var target = weights.Slice(row * classes, classes);
            for (var k = 0; k < classes; k++)
            {
                target[k] = (sbyte)quantised[k] * scale;
            }
        }

        return model;
    }

    private static float MaxAbs(ReadOnlySpan<float> values)
    {
        var max = 0f;
        foreach (var value in values)
        {
            max = MathF.Max(max, MathF.Abs(value));
        }

        return max;
    }
}
