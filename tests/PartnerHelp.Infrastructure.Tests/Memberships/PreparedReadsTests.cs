using Microsoft.Data.Sqlite;
using PartnerHelp.Infrastructure.Memberships;
using PartnerHelp.Testing;
using SQLitePCL;

namespace PartnerHelp.Infrastructure.Tests.Memberships;

/// <summary>
/// The page reads stay prepared on SQLite: executing one again with new values does not make SQLite compile it again.
/// SQLite plans with a bound LIMIT's value, so a statement with <c>LIMIT @take</c> was compiled anew on every view after
/// its parameters were bound again (docs/performance.md, branch <c>pages-cards-6</c>). Each statement is run as
/// Microsoft.Data.Sqlite runs a prepared command: reset, every parameter bound again, stepped to the end.
/// </summary>
public sealed class PreparedReadsTests
{
    // SQLITE_STMTSTATUS_REPREPARE in sqlite3.h: how many times the statement was compiled again (SQLitePCL names no constant).
    private const int Reprepared = 5;

    public static TheoryData<string, string> Statements() => new()
    {
        { "partner with order count", PartnerOrderSql.PartnerWithOrderCount },
        { "page of orders", PartnerOrderSql.PageOfOrders(20) },
        { "page of orders, another size", PartnerOrderSql.PageOfOrders(3) },
        { "transitions of refunds", PartnerOrderSql.TransitionsOfRefunds },
        { "order of partner", PartnerOrderSql.OrderOfPartner },
        { "tax claim of order", PartnerOrderSql.TaxClaimOfOrder },
        { "latest notifications", PartnerOrderSql.LatestNotifications(5) },
    };

    [Theory]
    [MemberData(nameof(Statements))]
    public async Task Statement_RunsAgainWithNewValues_WithoutBeingCompiledAgain(string name, string sql)
    {
        using var folder = new TempDirectory("prepared");
        var path = folder.File("prepared.db");
        await using (var services = TestServices.Sqlite(path))
        {
            await services.InitializeAsync();
        }

        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        Assert.Equal(raw.SQLITE_OK, raw.sqlite3_prepare_v2(connection.Handle, sql, out var statement));
        using (statement)
        {
            string[] partners = ["contoso", "fabrikam", "northwind"];
            for (var run = 0; run < partners.Length; run++)
            {
                raw.sqlite3_reset(statement);
                for (var index = 1; index <= raw.sqlite3_bind_parameter_count(statement); index++)
                {
                    var bound = raw.sqlite3_bind_parameter_name(statement, index).utf8_to_string() == "@skip"
                        ? raw.sqlite3_bind_int64(statement, index, run)
                        : raw.sqlite3_bind_text(statement, index, partners[run]);
                    Assert.Equal(raw.SQLITE_OK, bound);
                }

                int step;
                while ((step = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
                {
                }

                Assert.Equal(raw.SQLITE_DONE, step);
            }

            Assert.True(raw.sqlite3_stmt_status(statement, Reprepared, 0) == 0, $"{name}: compiled again");
        }
    }
}
