using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LibraryPersonalization.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class HelpCenter : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CannedReplies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CannedReplies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FaqEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Question = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 4501, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SuggestedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    SuggestedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SourceTicketId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    HelpfulCount = table.Column<int>(type: "INTEGER", nullable: false),
                    NotHelpfulCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FaqEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HelpTickets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AskerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AskerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Question = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Shareable = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AssignedToId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    AssignedToName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FirstReplyAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ResolvedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcceptedReplyId = table.Column<int>(type: "INTEGER", nullable: true),
                    MergedIntoId = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HelpTickets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HelpTickets_AspNetUsers_AskerId",
                        column: x => x.AskerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FaqFeedback",
                columns: table => new
                {
                    FaqEntryId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Helpful = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FaqFeedback", x => new { x.FaqEntryId, x.UserId });
                    table.ForeignKey(
                        name: "FK_FaqFeedback_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FaqFeedback_FaqEntries_FaqEntryId",
                        column: x => x.FaqEntryId,
                        principalTable: "FaqEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TicketFollowers",
                columns: table => new
                {
                    TicketId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TicketFollowers", x => new { x.TicketId, x.UserId });
                    table.ForeignKey(
                        name: "FK_TicketFollowers_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TicketFollowers_HelpTickets_TicketId",
                        column: x => x.TicketId,
                        principalTable: "HelpTickets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TicketReplies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TicketId = table.Column<int>(type: "INTEGER", nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ByStudent = table.Column<bool>(type: "INTEGER", nullable: false),
                    FromAsker = table.Column<bool>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Internal = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    HiddenReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    HiddenByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TicketReplies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TicketReplies_HelpTickets_TicketId",
                        column: x => x.TicketId,
                        principalTable: "HelpTickets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CannedReplies_Title",
                table: "CannedReplies",
                column: "Title",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FaqEntries_Status_Category",
                table: "FaqEntries",
                columns: new[] { "Status", "Category" });

            migrationBuilder.CreateIndex(
                name: "IX_FaqFeedback_UserId",
                table: "FaqFeedback",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_HelpTickets_AskerId_CreatedAt",
                table: "HelpTickets",
                columns: new[] { "AskerId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_HelpTickets_Shareable_Status",
                table: "HelpTickets",
                columns: new[] { "Shareable", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_HelpTickets_Status_CreatedAt",
                table: "HelpTickets",
                columns: new[] { "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TicketFollowers_UserId",
                table: "TicketFollowers",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_TicketReplies_TicketId_CreatedAt",
                table: "TicketReplies",
                columns: new[] { "TicketId", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CannedReplies");

            migrationBuilder.DropTable(
                name: "FaqFeedback");

            migrationBuilder.DropTable(
                name: "TicketFollowers");

            migrationBuilder.DropTable(
                name: "TicketReplies");

            migrationBuilder.DropTable(
                name: "FaqEntries");

            migrationBuilder.DropTable(
                name: "HelpTickets");
        }
    }
}
