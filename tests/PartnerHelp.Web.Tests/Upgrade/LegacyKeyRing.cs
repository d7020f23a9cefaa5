using System.Data.Common;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace PartnerHelp.Web.Tests.Upgrade;

/// <summary>
/// The key storage of the builds before Microsoft.AspNetCore.DataProtection.EntityFrameworkCore (their
/// DatabaseXmlRepository): one row per key ring element in <c>data_protection_keys</c>, keyed by the element's friendly
/// name, with its XML and when it was stored (UTC ticks on SQLite). A host using it issues cookies and tokens exactly as a
/// node of those builds did: the framework protects them, only the storage of its keys differs.
/// </summary>
public sealed class LegacyKeyRing(bool postgres, string connectionString) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"Xml\" FROM data_protection_keys ORDER BY \"FriendlyName\"";
        using var reader = command.ExecuteReader();
        var elements = new List<XElement>();
        while (reader.Read())
        {
            elements.Add(XElement.Parse(reader.GetString(0)));
        }

        return elements;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO data_protection_keys (\"FriendlyName\", \"Xml\", \"StoredAt\") VALUES (@name, @xml, @at)";
        Add(command, "@name", friendlyName);
        Add(command, "@xml", element.ToString(SaveOptions.DisableFormatting));
        Add(command, "@at", postgres ? DateTimeOffset.UtcNow : DateTimeOffset.UtcNow.UtcTicks);
        command.ExecuteNonQuery();
    }

    private DbConnection Open()
    {
        DbConnection connection = postgres ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
        connection.Open();
        return connection;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
