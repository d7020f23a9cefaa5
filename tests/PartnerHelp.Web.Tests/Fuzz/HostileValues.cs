namespace PartnerHelp.Web.Tests.Fuzz;

/// <summary>Field values a hostile or broken client sends, picked by a seeded generator so a failure can be replayed.</summary>
public sealed class HostileValues(int seed)
{
    public const string Script = "<script>alert('ph')</script><img src=x onerror=alert(1)>";

    private static readonly string[] Fixed =
    [
        string.Empty, " ", "\0", "-1", "0", "2147483648", "1e309", "NaN", "true", "null", "[]", "{}", "abc",
        "9999-99-99", "0001-01-01", "'; DROP TABLE refunds; --", "../../../etc/passwd", "..\\..\\web.config", "%00", "\u202Eevil",
        "CT-1001", "FB-2001", "NW-3001", "SO-5001-2", "recurring.reconciliation", Script, "🙂🙃", "Ω≈ç√∫", "\r\n\r\n",
    ];

    private readonly Random _random = new(seed);

    /// <summary>The seed, printed with the figures.</summary>
    public int Seed { get; } = seed;

    public string Next() => _random.Next(4) switch
    {
        0 => new string((char)_random.Next(0x21, 0x7e), _random.Next(2_000, 20_000)),
        1 => Script + new string('x', _random.Next(0, 50)),
        _ => Fixed[_random.Next(Fixed.Length)],
    };

    /// <summary>The form with some fields dropped and the others replaced or kept.</summary>
    public Dictionary<string, string> Mutate(IReadOnlyDictionary<string, string> valid)
    {
        var form = new Dictionary<string, string>();
        foreach (var (name, value) in valid)
        {
            switch (_random.Next(3))
            {
                case 0:
                    break;
                case 1:
                    form[name] = Next();
                    break;
                default:
                    form[name] = value;
                    break;
            }
        }

        return form;
    }

    public int Pick(int count) => _random.Next(count);
}
