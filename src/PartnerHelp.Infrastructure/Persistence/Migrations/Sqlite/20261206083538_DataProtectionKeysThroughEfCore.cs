using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerHelp.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DataProtectionKeysThroughEfCore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Hand-written: the table takes the shape of Microsoft.AspNetCore.DataProtection.EntityFrameworkCore's
            // DataProtectionKey. Its rows (the key ring the site has been using) stay: SQLite rebuilds the table, copying
            // FriendlyName and Xml, and numbers them in the new Id column. StoredAt goes: each key's XML carries its own
            // creation, activation and expiration dates.
            migrationBuilder.DropPrimaryKey(
                name: "PK_data_protection_keys",
                table: "data_protection_keys");

            migrationBuilder.DropColumn(
                name: "StoredAt",
                table: "data_protection_keys");

            migrationBuilder.AlterColumn<string>(
                name: "Xml",
                table: "data_protection_keys",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT");

            migrationBuilder.AlterColumn<string>(
                name: "FriendlyName",
                table: "data_protection_keys",
                type: "TEXT",
                maxLength: 100,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 100);

            migrationBuilder.AddColumn<int>(
                name: "Id",
                table: "data_protection_keys",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0)
                .Annotation("Sqlite:Autoincrement", true);

            migrationBuilder.AddPrimaryKey(
                name: "PK_data_protection_keys",
                table: "data_protection_keys",
                column: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_data_protection_keys",
                table: "data_protection_keys");

            migrationBuilder.DropColumn(
                name: "Id",
                table: "data_protection_keys");

            migrationBuilder.AlterColumn<string>(
                name: "Xml",
                table: "data_protection_keys",
                type: "TEXT",
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "FriendlyName",
                table: "data_protection_keys",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 100,
                oldNullable: true);

            migrationBuilder.AddColumn<long>(
                name: "StoredAt",
                table: "data_protection_keys",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddPrimaryKey(
                name: "PK_data_protection_keys",
                table: "data_protection_keys",
                column: "FriendlyName");
        }
    }
}
