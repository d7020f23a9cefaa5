using Microsoft.Data.Sqlite;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Infrastructure.Memberships;

namespace PartnerHelp.Infrastructure.Tests.Memberships;

/// <summary>
/// The page reads' own statement runner reads every value as <see cref="SqliteDataReader"/> does (the same conversions, the
/// same errors on a null), and a statement abandoned part-way is ready to run again.
/// </summary>
public sealed class SqliteStatementTests : IDisposable
{
    private const string Values =
        "SELECT 'LegacySilver', 'Ängel ✓ 日本', '', NULL, 42, '1234.56', '-1.5E2', 7, 0, 3.25, 'legacysilver', ' ActionPack ', 'ActionPack' UNION ALL " +
        "SELECT 'NoSuchOffer', 'b', 'c', NULL, 2147483648, '0', '12', 1, 1, 1, 'ActionPackX', 'Action', '1, 2'";

    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public SqliteStatementTests() => _connection.Open();

    public void Dispose() => _connection.Dispose();

    [Fact]
    public void Values_ReadAsSqliteDataReaderReadsThem()
    {
        using var statement = new SqliteStatement(_connection, Values);
        using var command = _connection.CreateCommand();
        command.CommandText = Values;
        using var expected = command.ExecuteReader();
        using var actual = statement.Execute([]);
        Assert.True(actual.HasRows);
        for (var row = 0; row < 2; row++)
        {
            Assert.True(expected.Read());
            Assert.True(actual.Read());
            Assert.Equal(expected.FieldCount, actual.FieldCount);
            for (var i = 0; i < expected.FieldCount; i++)
            {
                Assert.Equal(expected.IsDBNull(i), actual.IsDBNull(i));
                Assert.Equal(Outcome(() => expected.GetString(i)), Outcome(() => actual.GetString(i)));
                Assert.Equal(Outcome(() => expected.GetInt64(i)), Outcome(() => actual.GetInt64(i)));
                Assert.Equal(Outcome(() => expected.GetInt32(i)), Outcome(() => actual.GetInt32(i)));
                Assert.Equal(Outcome(() => expected.GetBoolean(i)), Outcome(() => actual.GetBoolean(i)));
                Assert.Equal(Outcome(() => expected.GetDecimal(i)), Outcome(() => actual.GetDecimal(i)));
                if (expected.GetValue(i) is not double)
                {
                    // Real numbers are not read by the page reads, and the runner does not read them as values.
                    Assert.Equal(expected.GetValue(i), actual.GetValue(i));
                }

                Assert.Equal(
                    Outcome(() => Enum.Parse<MembershipOffer>(expected.GetString(i))),
                    Outcome(() => ((SqliteStatement.SqliteStatementReader)actual).GetEnum<MembershipOffer>(i)));
            }
        }

        Assert.False(expected.Read());
        Assert.False(actual.Read());
        Assert.False(actual.Read());
    }

    [Fact]
    public void Statement_AbandonedPartWay_RunsAgainWithNewValues()
    {
        using var statement = new SqliteStatement(_connection,
            "SELECT value FROM (SELECT @from AS value UNION ALL SELECT @from + 1 UNION ALL SELECT @name) ORDER BY 1", "@from", "@name");
        using (var first = statement.Execute([("@from", 1), ("@name", "x")]))
        {
            Assert.True(first.Read());
            Assert.Equal(1, first.GetInt32(0));
        }

        using var again = statement.Execute([("@name", null), ("@from", 10L)]);
        Assert.True(again.Read());
        Assert.True(again.IsDBNull(0));
        Assert.True(again.Read());
        Assert.Equal(10, again.GetInt32(0));
        Assert.True(again.Read());
        Assert.Equal(11, again.GetInt32(0));
        Assert.False(again.Read());
    }

    [Fact]
    public void Statement_WithoutRows_HasNone()
    {
        using var statement = new SqliteStatement(_connection, "SELECT 1 WHERE @never = 1", "@never");
        using var rows = statement.Execute([("@never", 0)]);
        Assert.False(rows.HasRows);
        Assert.False(rows.Read());
    }

    [Fact]
    public void Parameters_MustBeEveryNamedParameter()
    {
        Assert.Throws<ArgumentException>(() => new SqliteStatement(_connection, "SELECT @a, @b", "@a"));
        Assert.Throws<ArgumentException>(() => new SqliteStatement(_connection, "SELECT @a", "@a", "@c"));
        using var statement = new SqliteStatement(_connection, "SELECT @a", "@a");
        Assert.Throws<ArgumentException>(() => statement.Execute([]));
        Assert.Throws<ArgumentException>(() => statement.Execute([("@b", 1)]));
    }

    [Fact]
    public void Errors_AreSqliteExceptions()
    {
        Assert.Throws<SqliteException>(() => new SqliteStatement(_connection, "SELECT FROM nowhere"));
        using var statement = new SqliteStatement(_connection, "SELECT abs(-9223372036854775807 - 1)");
        Assert.Throws<SqliteException>(() => statement.Execute([]));
        using var again = new SqliteStatement(_connection, "SELECT 5");
        using var rows = again.Execute([]);
        Assert.True(rows.Read());
        Assert.Equal(5, rows.GetInt32(0));
    }

    // What a read gives: its value, or the type of what it threw.
    private static string Outcome<T>(Func<T> read)
    {
        try
        {
            return "value " + Convert.ToString(read(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception error)
        {
            return error.GetType().Name + (error is InvalidOperationException ? ": " + error.Message : string.Empty);
        }
    }
}
