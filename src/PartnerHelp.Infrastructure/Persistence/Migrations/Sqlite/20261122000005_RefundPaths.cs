using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerHelp.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RefundPaths : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_refunds_membership_orders_OrderId",
                table: "refunds");

            // Hand-added (script 0005): the refunds already there all pay back membership orders.
            migrationBuilder.AddColumn<string>(
                name: "Subject",
                table: "refunds",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "MembershipOrder");

            migrationBuilder.CreateTable(
                name: "credit_requests",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PartnerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IncidentId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    CustomerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IncidentDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    WrittenRequest = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    FormFileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    FormContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FormSizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    StatusChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_credit_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "csp_customers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PartnerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Domain = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SubscriptionType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_csp_customers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "csp_subscriptions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PartnerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CustomerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProductName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    PurchasedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    TermMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreditAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    DemoAgeDays = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_csp_subscriptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_csp_subscriptions_partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "invoice_credit_lines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    InvoicePeriod = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_invoice_credit_lines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "service_incidents",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PartnerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CustomerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DemoAgeDays = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_incidents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "store_orders",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PartnerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PlacedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    PlacedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DemoAgeDays = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_store_orders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "tax_refund_claims",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OrderId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PartnerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tax_refund_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_tax_refund_claims_membership_orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "membership_orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "credit_request_forms",
                columns: table => new
                {
                    RequestId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_credit_request_forms", x => x.RequestId);
                    table.ForeignKey(
                        name: "FK_credit_request_forms_credit_requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "credit_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reservations",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OrderId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PartnerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CustomerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CustomerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SkuName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Region = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PurchasedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    TermYears = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ScopeSubscriptionId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    UtilizationPercent = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    DemoAgeDays = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reservations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reservations_csp_customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "csp_customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "store_order_items",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OrderId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PartnerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProductName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    IsPreOrder = table.Column<bool>(type: "INTEGER", nullable: false),
                    ChargedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ShippedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_store_order_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_store_order_items_store_orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "store_orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_credit_requests_PartnerId_SubmittedAt",
                table: "credit_requests",
                columns: new[] { "PartnerId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_credit_requests_Status_StatusChangedAt",
                table: "credit_requests",
                columns: new[] { "Status", "StatusChangedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_csp_customers_PartnerId",
                table: "csp_customers",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_csp_subscriptions_PartnerId_PurchasedAt",
                table: "csp_subscriptions",
                columns: new[] { "PartnerId", "PurchasedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_invoice_credit_lines_PartnerId_InvoicePeriod",
                table: "invoice_credit_lines",
                columns: new[] { "PartnerId", "InvoicePeriod" });

            migrationBuilder.CreateIndex(
                name: "IX_invoice_credit_lines_Source_SourceId",
                table: "invoice_credit_lines",
                columns: new[] { "Source", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reservations_CustomerId",
                table: "reservations",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_reservations_PartnerId_CustomerId",
                table: "reservations",
                columns: new[] { "PartnerId", "CustomerId" });

            migrationBuilder.CreateIndex(
                name: "IX_service_incidents_PartnerId",
                table: "service_incidents",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_store_order_items_OrderId",
                table: "store_order_items",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_store_orders_PartnerId_PlacedAt",
                table: "store_orders",
                columns: new[] { "PartnerId", "PlacedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_tax_refund_claims_OrderId",
                table: "tax_refund_claims",
                column: "OrderId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "credit_request_forms");

            migrationBuilder.DropTable(
                name: "csp_subscriptions");

            migrationBuilder.DropTable(
                name: "invoice_credit_lines");

            migrationBuilder.DropTable(
                name: "reservations");

            migrationBuilder.DropTable(
                name: "service_incidents");

            migrationBuilder.DropTable(
                name: "store_order_items");

            migrationBuilder.DropTable(
                name: "tax_refund_claims");

            migrationBuilder.DropTable(
                name: "credit_requests");

            migrationBuilder.DropTable(
                name: "csp_customers");

            migrationBuilder.DropTable(
                name: "store_orders");

            migrationBuilder.DropColumn(
                name: "Subject",
                table: "refunds");

            migrationBuilder.AddForeignKey(
                name: "FK_refunds_membership_orders_OrderId",
                table: "refunds",
                column: "OrderId",
                principalTable: "membership_orders",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }
    }
}
