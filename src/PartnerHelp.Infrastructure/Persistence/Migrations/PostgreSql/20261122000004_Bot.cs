using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerHelp.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Bot : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "bot_conversations",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    ChannelId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Locale = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    PendingIntent = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastActivityAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bot_conversations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "bot_activities",
                columns: table => new
                {
                    ConversationId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    ActivityId = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bot_activities", x => new { x.ConversationId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_bot_activities_bot_conversations_ConversationId",
                        column: x => x.ConversationId,
                        principalTable: "bot_conversations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "bot_tokens",
                columns: table => new
                {
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ConversationId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bot_tokens", x => x.Hash);
                    table.ForeignKey(
                        name: "FK_bot_tokens_bot_conversations_ConversationId",
                        column: x => x.ConversationId,
                        principalTable: "bot_conversations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_bot_conversations_LastActivityAt",
                table: "bot_conversations",
                column: "LastActivityAt");

            migrationBuilder.CreateIndex(
                name: "IX_bot_tokens_ConversationId",
                table: "bot_tokens",
                column: "ConversationId");

            migrationBuilder.CreateIndex(
                name: "IX_bot_tokens_ExpiresAt",
                table: "bot_tokens",
                column: "ExpiresAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "bot_activities");

            migrationBuilder.DropTable(
                name: "bot_tokens");

            migrationBuilder.DropTable(
                name: "bot_conversations");
        }
    }
}
