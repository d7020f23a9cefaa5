using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PartnerHelp.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class DataProtectionKeysThroughEfCore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The table takes the shape of Microsoft.AspNetCore.DataProtection.EntityFrameworkCore's DataProtectionKey.
            // Its rows (the key ring the site has been using) stay, numbered by the new identity column. StoredAt goes:
            // each key's XML carries its own creation, activation and expiration dates.
            migrationBuilder.DropPrimaryKey(
                name: "PK_data_protection_keys",
                table: "data_protection_keys");

            migrationBuilder.DropColumn(
                name: "StoredAt",
                table: "data_protection_keys");

            migrationBuilder.AlterColumn<string>(
                name: "Xml",
                table: "data_protection_keys",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AlterColumn<string>(
                name: "FriendlyName",
                table: "data_protection_keys",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100);

            migrationBuilder.AddColumn<int>(
                name: "Id",
                table: "data_protection_keys",
                type: "integer",
                nullable: false,
                defaultValue: 0)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

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
                type: "text",
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "FriendlyName",
                table: "data_protection_keys",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100,
                oldNullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "StoredAt",
                table: "data_protection_keys",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddPrimaryKey(
                name: "PK_data_protection_keys",
                table: "data_protection_keys",
                column: "FriendlyName");
        }
    }
}
