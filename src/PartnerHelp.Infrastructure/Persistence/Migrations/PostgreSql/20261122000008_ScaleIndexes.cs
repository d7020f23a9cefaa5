using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerHelp.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ScaleIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_refunds_RequestedAt",
                table: "refunds",
                column: "RequestedAt");

            migrationBuilder.CreateIndex(
                name: "IX_refunds_Status_Currency_Amount",
                table: "refunds",
                columns: new[] { "Status", "Currency", "Amount" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_refunds_RequestedAt",
                table: "refunds");

            migrationBuilder.DropIndex(
                name: "IX_refunds_Status_Currency_Amount",
                table: "refunds");
        }
    }
}
