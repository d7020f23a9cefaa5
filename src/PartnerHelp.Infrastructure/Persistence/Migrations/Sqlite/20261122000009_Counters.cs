using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerHelp.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Counters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "partner_versions",
                columns: table => new
                {
                    PartnerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_partner_versions", x => x.PartnerId);
                });

            migrationBuilder.CreateTable(
                name: "refund_totals",
                columns: table => new
                {
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Shard = table.Column<int>(type: "INTEGER", nullable: false),
                    Count = table.Column<long>(type: "INTEGER", nullable: false),
                    AmountHundredths = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_refund_totals", x => new { x.Status, x.Currency, x.Shard });
                });

            // Hand-added (script 0009): count the refunds already there. Amounts are decimal text; each becomes whole
            // hundredths before adding, so the sum is exact.
            migrationBuilder.Sql("""
                INSERT INTO "refund_totals" ("Status", "Currency", "Shard", "Count", "AmountHundredths")
                SELECT "Status", "Currency", 0, COUNT(*), SUM(CAST(ROUND(CAST("Amount" AS REAL) * 100) AS INTEGER))
                FROM "refunds"
                GROUP BY "Status", "Currency";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "partner_versions");

            migrationBuilder.DropTable(
                name: "refund_totals");
        }
    }
}
