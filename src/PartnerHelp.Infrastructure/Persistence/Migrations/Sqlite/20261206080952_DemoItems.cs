using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerHelp.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DemoItems : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "demo_items",
                columns: table => new
                {
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ItemId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AgeDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_demo_items", x => new { x.Kind, x.ItemId });
                });

            // Hand-added: the demo bookkeeping moves from the domain rows' DemoAgeDays to the seeder's own records,
            // with each row's version as it stands (a later change of version means someone acted on the row).
            migrationBuilder.Sql("""
                INSERT INTO "demo_items" ("Kind", "ItemId", "AgeDays", "Version")
                SELECT 'MembershipOrder', "Id", "DemoAgeDays", "Version" FROM "membership_orders" WHERE "DemoAgeDays" IS NOT NULL
                UNION ALL SELECT 'CspSubscription', "Id", "DemoAgeDays", "Version" FROM "csp_subscriptions" WHERE "DemoAgeDays" IS NOT NULL
                UNION ALL SELECT 'Reservation', "Id", "DemoAgeDays", "Version" FROM "reservations" WHERE "DemoAgeDays" IS NOT NULL
                UNION ALL SELECT 'ServiceIncident', "Id", "DemoAgeDays", NULL FROM "service_incidents" WHERE "DemoAgeDays" IS NOT NULL
                UNION ALL SELECT 'StoreOrder', "Id", "DemoAgeDays", NULL FROM "store_orders" WHERE "DemoAgeDays" IS NOT NULL;
                """);

            migrationBuilder.DropColumn(
                name: "DemoAgeDays",
                table: "store_orders");

            migrationBuilder.DropColumn(
                name: "DemoAgeDays",
                table: "service_incidents");

            migrationBuilder.DropColumn(
                name: "DemoAgeDays",
                table: "reservations");

            migrationBuilder.DropColumn(
                name: "DemoAgeDays",
                table: "membership_orders");

            migrationBuilder.DropColumn(
                name: "DemoAgeDays",
                table: "csp_subscriptions");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "DemoAgeDays",
                table: "store_orders",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DemoAgeDays",
                table: "service_incidents",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DemoAgeDays",
                table: "reservations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DemoAgeDays",
                table: "membership_orders",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DemoAgeDays",
                table: "csp_subscriptions",
                type: "INTEGER",
                nullable: true);

            // Hand-added: back onto the rows nobody has acted on.
            migrationBuilder.Sql("""
                UPDATE "membership_orders" SET "DemoAgeDays" = (SELECT d."AgeDays" FROM "demo_items" d WHERE d."Kind" = 'MembershipOrder' AND d."ItemId" = "membership_orders"."Id" AND d."Version" = "membership_orders"."Version");
                UPDATE "csp_subscriptions" SET "DemoAgeDays" = (SELECT d."AgeDays" FROM "demo_items" d WHERE d."Kind" = 'CspSubscription' AND d."ItemId" = "csp_subscriptions"."Id" AND d."Version" = "csp_subscriptions"."Version");
                UPDATE "reservations" SET "DemoAgeDays" = (SELECT d."AgeDays" FROM "demo_items" d WHERE d."Kind" = 'Reservation' AND d."ItemId" = "reservations"."Id" AND d."Version" = "reservations"."Version");
                UPDATE "service_incidents" SET "DemoAgeDays" = (SELECT d."AgeDays" FROM "demo_items" d WHERE d."Kind" = 'ServiceIncident' AND d."ItemId" = "service_incidents"."Id");
                UPDATE "store_orders" SET "DemoAgeDays" = (SELECT d."AgeDays" FROM "demo_items" d WHERE d."Kind" = 'StoreOrder' AND d."ItemId" = "store_orders"."Id");
                """);

            migrationBuilder.DropTable(
                name: "demo_items");
        }
    }
}
