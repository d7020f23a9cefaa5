using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerHelp.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class PartnerOrdersNewestFirstIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_membership_orders_PartnerId_PurchasedAt",
                table: "membership_orders");

            migrationBuilder.CreateIndex(
                name: "IX_membership_orders_PartnerId_PurchasedAt_Id",
                table: "membership_orders",
                columns: new[] { "PartnerId", "PurchasedAt", "Id" },
                descending: new[] { false, true, false });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_membership_orders_PartnerId_PurchasedAt_Id",
                table: "membership_orders");

            migrationBuilder.CreateIndex(
                name: "IX_membership_orders_PartnerId_PurchasedAt",
                table: "membership_orders",
                columns: new[] { "PartnerId", "PurchasedAt" });
        }
    }
}
