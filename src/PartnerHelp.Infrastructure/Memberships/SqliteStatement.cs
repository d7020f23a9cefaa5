using System.Collections;
using System.Data.Common;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace PartnerHelp.Infrastructure.Memberships;

/// <summary>
/// One prepared statement of the page reads on an open connection, run through SQLite's own interface rather than a
/// <see cref="SqliteCommand"/>. Microsoft.Data.Sqlite reads a text column with three calls into SQLite (its type, its text,
/// its length), each through a <see cref="SafeHandle"/> that is reference-counted on every call; a memberships page reads
/// about 1,200 columns, and those counts alone were ≈ 5% of a first view's CPU (docs/performance.md, branch
/// <c>pages-cards-7</c>). Here the statement's handle is held once per execution and the columns are read through plain
/// pointers. Values mean what they mean to <see cref="SqliteDataReader"/>: the same conversions, the same errors on a null.
/// Used by one caller at a time, like the connection it belongs to.
/// </summary>
internal sealed class SqliteStatement : IDisposable
{
    private const string Library = "e_sqlite3";

    private readonly SqliteConnection _connection;
    private readonly sqlite3_stmt _statement;
    private readonly string[] _parameters;
    private readonly int[] _indices;
    private readonly SqliteStatementReader _reader;

    public SqliteStatement(SqliteConnection connection, string sql, params string[] parameters)
    {
        _connection = connection;
        var rc = raw.sqlite3_prepare_v2(connection.Handle, sql, out _statement);
        SqliteException.ThrowExceptionForRC(rc, connection.Handle);
        _parameters = parameters;
        _indices = new int[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            _indices[i] = raw.sqlite3_bind_parameter_index(_statement, parameters[i]);
            if (_indices[i] == 0)
            {
                throw new ArgumentException($"The statement has no parameter '{parameters[i]}'.", nameof(parameters));
            }
        }

        if (raw.sqlite3_bind_parameter_count(_statement) != parameters.Length)
        {
            throw new ArgumentException("Every parameter of the statement must be named once.", nameof(parameters));
        }

        _reader = new SqliteStatementReader(this);
    }

    /// <summary>Binds the values (every parameter by name) and runs the statement; the reader resets it when disposed.</summary>
    public DbDataReader Execute(IReadOnlyList<(string Name, object? Value)> values)
    {
        if (values.Count != _parameters.Length)
        {
            throw new ArgumentException($"The statement takes {_parameters.Length} values.", nameof(values));
        }

        foreach (var (name, value) in values)
        {
            var at = Array.IndexOf(_parameters, name);
            if (at < 0)
            {
                throw new ArgumentException($"The statement has no parameter '{name}'.", nameof(values));
            }

            var index = _indices[at];

            var rc = value switch
            {
                null => raw.sqlite3_bind_null(_statement, index),
                string text => raw.sqlite3_bind_text(_statement, index, text),
                int number => raw.sqlite3_bind_int64(_statement, index, number),
                long number => raw.sqlite3_bind_int64(_statement, index, number),
                _ => throw new NotSupportedException($"A page read binds text and integers, not {value.GetType()}."),
            };
            SqliteException.ThrowExceptionForRC(rc, _connection.Handle);
        }

        _reader.Start();
        return _reader;
    }

    public void Dispose() => _statement.Dispose();

    [DllImport(Library)]
    private static extern int sqlite3_step(IntPtr statement);

    [DllImport(Library)]
    private static extern int sqlite3_reset(IntPtr statement);

    [DllImport(Library)]
    private static extern int sqlite3_column_count(IntPtr statement);

    [DllImport(Library)]
    private static extern int sqlite3_column_type(IntPtr statement, int column);

    [DllImport(Library)]
    private static extern IntPtr sqlite3_column_text(IntPtr statement, int column);

    [DllImport(Library)]
    private static extern int sqlite3_column_bytes(IntPtr statement, int column);

    [DllImport(Library)]
    private static extern long sqlite3_column_int64(IntPtr statement, int column);

    /// <summary>
    /// The rows of one execution. Only what the page reads use is supported; the rest of <see cref="DbDataReader"/> throws.
    /// </summary>
    internal sealed class SqliteStatementReader(SqliteStatement owner) : DbDataReader
    {
        // How long a read waits for a lock, as SqliteCommand's default CommandTimeout (30 s); a WAL reader rarely waits.
        private static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(30);

        private IntPtr _handle;
        private bool _held;
        private int _columns;

        // The first step is taken before the caller's first Read: its row, when there was one, is still to be read.
        private bool _firstRowPending;
        private bool _hasRows;
        private bool _done;

        public override int FieldCount => _columns;

        public override bool HasRows => _hasRows;

        public override bool IsClosed => !_held;

        public override int Depth => 0;

        public override int RecordsAffected => -1;

        public override object this[int ordinal] => GetValue(ordinal);

        public override object this[string name] => throw new NotSupportedException();

        /// <summary>Holds the statement's handle and takes the first step, waiting a while for a locked database.</summary>
        internal void Start()
        {
            var added = false;
            owner._statement.DangerousAddRef(ref added);
            _held = added;
            _handle = owner._statement.DangerousGetHandle();
            _columns = sqlite3_column_count(_handle);
            var started = Environment.TickCount64;
            int rc;
            while ((rc = sqlite3_step(_handle)) is raw.SQLITE_BUSY or raw.SQLITE_LOCKED
                   && Environment.TickCount64 - started < (long)BusyTimeout.TotalMilliseconds)
            {
                sqlite3_reset(_handle);
                Thread.Sleep(10);
            }

            if (rc is not (raw.SQLITE_ROW or raw.SQLITE_DONE))
            {
                Close();
                SqliteException.ThrowExceptionForRC(rc, owner._connection.Handle);
            }

            _hasRows = _firstRowPending = rc == raw.SQLITE_ROW;
            _done = !_hasRows;
        }

        public override bool Read()
        {
            if (_firstRowPending)
            {
                _firstRowPending = false;
                return true;
            }

            if (_done || !_held)
            {
                return false;
            }

            var rc = sqlite3_step(_handle);
            if (rc == raw.SQLITE_ROW)
            {
                return true;
            }

            _done = true;
            if (rc != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(rc, owner._connection.Handle);
            }

            return false;
        }

        public override bool NextResult() => false;

        public override void Close()
        {
            if (_held)
            {
                sqlite3_reset(_handle);
                _handle = IntPtr.Zero;
                _held = false;
                _firstRowPending = false;
                _done = true;
                owner._statement.DangerousRelease();
            }
        }

        protected override void Dispose(bool disposing) => Close();

        public override ValueTask DisposeAsync()
        {
            Close();
            return ValueTask.CompletedTask;
        }

        public override bool IsDBNull(int ordinal) => Type(ordinal) == raw.SQLITE_NULL;

        public override string GetString(int ordinal)
        {
            NotNull(ordinal);
            return Text(ordinal);
        }

        public override long GetInt64(int ordinal)
        {
            NotNull(ordinal);
            return sqlite3_column_int64(_handle, ordinal);
        }

        public override int GetInt32(int ordinal) => checked((int)GetInt64(ordinal));

        public override bool GetBoolean(int ordinal) => GetInt64(ordinal) != 0;

        public override decimal GetDecimal(int ordinal)
        {
            // As SqliteDataReader: the column's text, parsed invariantly (here from its UTF-8 bytes, without a string).
            NotNull(ordinal);
            return decimal.Parse(Utf8(ordinal), NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);
        }

        /// <summary>An enum stored as its name, as <c>Enum.Parse&lt;T&gt;(GetString(ordinal))</c> reads it, without the string.</summary>
        public T GetEnum<T>(int ordinal)
            where T : struct, Enum
        {
            NotNull(ordinal);
            var bytes = Utf8(ordinal);
            if (EnumNames<T>.Find(bytes, out var value))
            {
                return value;
            }

            // Anything but a member's exact name (a number, other casing, spaces, flags): as Enum.Parse reads it.
            return Enum.Parse<T>(Text(ordinal));
        }

        public override object GetValue(int ordinal) => Type(ordinal) switch
        {
            raw.SQLITE_NULL => DBNull.Value,
            raw.SQLITE_INTEGER => sqlite3_column_int64(_handle, ordinal),
            raw.SQLITE_TEXT => Text(ordinal),
            _ => throw new NotSupportedException("The page reads read text, integers and nulls."),
        };

        public override T GetFieldValue<T>(int ordinal) => throw new NotSupportedException();

        public override int GetValues(object[] values) => throw new NotSupportedException();

        public override byte GetByte(int ordinal) => throw new NotSupportedException();

        public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) => throw new NotSupportedException();

        public override char GetChar(int ordinal) => throw new NotSupportedException();

        public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length) => throw new NotSupportedException();

        public override string GetDataTypeName(int ordinal) => throw new NotSupportedException();

        public override DateTime GetDateTime(int ordinal) => throw new NotSupportedException();

        public override double GetDouble(int ordinal) => throw new NotSupportedException();

        public override Type GetFieldType(int ordinal) => throw new NotSupportedException();

        public override float GetFloat(int ordinal) => throw new NotSupportedException();

        public override Guid GetGuid(int ordinal) => throw new NotSupportedException();

        public override short GetInt16(int ordinal) => throw new NotSupportedException();

        public override string GetName(int ordinal) => throw new NotSupportedException();

        public override int GetOrdinal(string name) => throw new NotSupportedException();

        public override IEnumerator GetEnumerator() => throw new NotSupportedException();

        private int Type(int ordinal)
        {
            if ((uint)ordinal >= (uint)_columns || !_held)
            {
                throw new ArgumentOutOfRangeException(nameof(ordinal), ordinal, "No such column in the current row.");
            }

            return sqlite3_column_type(_handle, ordinal);
        }

        private void NotNull(int ordinal)
        {
            if (Type(ordinal) == raw.SQLITE_NULL)
            {
                // SqliteDataReader's error for a typed read of a null.
                throw new InvalidOperationException($"The data is NULL at ordinal {ordinal}. This method can't be called on NULL values. Check using IsDBNull before calling.");
            }
        }

        private string Text(int ordinal) => Encoding.UTF8.GetString(Utf8(ordinal));

        // The column's text as SQLite converts it, valid until the next step or reset.
        private unsafe ReadOnlySpan<byte> Utf8(int ordinal)
        {
            var text = sqlite3_column_text(_handle, ordinal);
            var length = sqlite3_column_bytes(_handle, ordinal);
            if (text == IntPtr.Zero)
            {
                // Only when SQLite could not allocate the converted text.
                throw new OutOfMemoryException("SQLite could not convert a column to text.");
            }

            return new ReadOnlySpan<byte>((void*)text, length);
        }
    }

    /// <summary>
    /// The UTF-8 names of an enum's members, compared byte for byte: a stored name is one of a handful, and matching it here
    /// is cheaper than <see cref="Enum.Parse{TEnum}(ReadOnlySpan{char})"/> (which was ≈ 1.4% of a first view's samples).
    /// </summary>
    private static class EnumNames<T>
        where T : struct, Enum
    {
        private static readonly (byte[] Name, T Value)[] Members =
            [.. Enum.GetNames<T>().Select(name => (Encoding.UTF8.GetBytes(name), Enum.Parse<T>(name)))];

        public static bool Find(ReadOnlySpan<byte> name, out T value)
        {
            foreach (var member in Members)
            {
                if (name.SequenceEqual(member.Name))
                {
                    value = member.Value;
                    return true;
                }
            }

            value = default;
            return false;
        }
    }
}
