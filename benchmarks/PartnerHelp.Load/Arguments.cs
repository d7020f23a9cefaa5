using System.Globalization;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Load;

/// <summary>"--key value" pairs of a command line.</summary>
public sealed class Arguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    /// <summary>Reads "--key value" pairs.</summary>
    public static Arguments Parse(IEnumerable<string> args)
    {
        var parsed = new Arguments();
        string? key = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                key = arg[2..];
                parsed._values[key] = "";
            }
            else if (key is not null)
            {
                parsed._values[key] = arg;
                key = null;
            }
        }

        return parsed;
    }

    /// <summary>A text value or its default.</summary>
    public string Text(string key, string fallback) => _values.TryGetValue(key, out var value) && value.Length > 0 ? value : fallback;

    /// <summary>A whole number or its default.</summary>
    public int Number(string key, int fallback) => _values.TryGetValue(key, out var value) && value.Length > 0 ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    /// <summary>The database: --provider Sqlite|PostgreSql and --connection.</summary>
    public DatabaseOptions Database() => new()
    {
        Provider = Enum.Parse<DatabaseProvider>(Text("provider", "Sqlite")),
        ConnectionString = Text("connection", "Data Source=data/partnerhelp.db"),
    };
}
