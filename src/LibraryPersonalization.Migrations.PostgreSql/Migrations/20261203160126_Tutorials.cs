using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace LibraryPersonalization.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Tutorials : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_TicketFollowers_AspNetUsers_UserId",
                table: "TicketFollowers");

            migrationBuilder.CreateTable(
                name: "Tutorials",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AuthorId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ByStudent = table.Column<bool>(type: "boolean", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Body = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    VideoUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SearchText = table.Column<string>(type: "character varying(1200)", maxLength: 1200, nullable: false),
                    Published = table.Column<bool>(type: "boolean", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    UnpublishedReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    UnpublishedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RatingCount = table.Column<int>(type: "integer", nullable: false),
                    RatingTotal = table.Column<int>(type: "integer", nullable: false),
                    LatestRevision = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tutorials", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Tutorials_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TutorialComments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TutorialId = table.Column<int>(type: "integer", nullable: false),
                    AuthorId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    HiddenReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TutorialComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TutorialComments_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TutorialComments_Tutorials_TutorialId",
                        column: x => x.TutorialId,
                        principalTable: "Tutorials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TutorialRatings",
                columns: table => new
                {
                    TutorialId = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Stars = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TutorialRatings", x => new { x.TutorialId, x.UserId });
                    table.ForeignKey(
                        name: "FK_TutorialRatings_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TutorialRatings_Tutorials_TutorialId",
                        column: x => x.TutorialId,
                        principalTable: "Tutorials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TutorialRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RequesterId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    RequesterName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Topic = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Details = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    StatusNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    AnsweredByTutorialId = table.Column<int>(type: "integer", nullable: true),
                    VoteCount = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TutorialRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TutorialRequests_AspNetUsers_RequesterId",
                        column: x => x.RequesterId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TutorialRequests_Tutorials_AnsweredByTutorialId",
                        column: x => x.AnsweredByTutorialId,
                        principalTable: "Tutorials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "TutorialRevisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TutorialId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Body = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Topics = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    VideoUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    EditorId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    EditorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EditedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TutorialRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TutorialRevisions_Tutorials_TutorialId",
                        column: x => x.TutorialId,
                        principalTable: "Tutorials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TutorialTopics",
                columns: table => new
                {
                    TutorialId = table.Column<int>(type: "integer", nullable: false),
                    Topic = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TutorialTopics", x => new { x.TutorialId, x.Topic });
                    table.ForeignKey(
                        name: "FK_TutorialTopics_Tutorials_TutorialId",
                        column: x => x.TutorialId,
                        principalTable: "Tutorials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TutorialRequestVotes",
                columns: table => new
                {
                    TutorialRequestId = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TutorialRequestVotes", x => new { x.TutorialRequestId, x.UserId });
                    table.ForeignKey(
                        name: "FK_TutorialRequestVotes_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TutorialRequestVotes_TutorialRequests_TutorialRequestId",
                        column: x => x.TutorialRequestId,
                        principalTable: "TutorialRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TutorialComments_AuthorId",
                table: "TutorialComments",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_TutorialComments_TutorialId_CreatedAt",
                table: "TutorialComments",
                columns: new[] { "TutorialId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TutorialRatings_UserId",
                table: "TutorialRatings",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_TutorialRequests_AnsweredByTutorialId",
                table: "TutorialRequests",
                column: "AnsweredByTutorialId");

            migrationBuilder.CreateIndex(
                name: "IX_TutorialRequests_RequesterId",
                table: "TutorialRequests",
                column: "RequesterId");

            migrationBuilder.CreateIndex(
                name: "IX_TutorialRequests_Status_VoteCount",
                table: "TutorialRequests",
                columns: new[] { "Status", "VoteCount" });

            migrationBuilder.CreateIndex(
                name: "IX_TutorialRequestVotes_UserId",
                table: "TutorialRequestVotes",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_TutorialRevisions_TutorialId_Number",
                table: "TutorialRevisions",
                columns: new[] { "TutorialId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Tutorials_AuthorId_UpdatedAt",
                table: "Tutorials",
                columns: new[] { "AuthorId", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Tutorials_Published_PublishedAt",
                table: "Tutorials",
                columns: new[] { "Published", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TutorialTopics_Topic",
                table: "TutorialTopics",
                column: "Topic");

            migrationBuilder.AddForeignKey(
                name: "FK_TicketFollowers_AspNetUsers_UserId",
                table: "TicketFollowers",
                column: "UserId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_TicketFollowers_AspNetUsers_UserId",
                table: "TicketFollowers");

            migrationBuilder.DropTable(
                name: "TutorialComments");

            migrationBuilder.DropTable(
                name: "TutorialRatings");

            migrationBuilder.DropTable(
                name: "TutorialRequestVotes");

            migrationBuilder.DropTable(
                name: "TutorialRevisions");

            migrationBuilder.DropTable(
                name: "TutorialTopics");

            migrationBuilder.DropTable(
                name: "TutorialRequests");

            migrationBuilder.DropTable(
                name: "Tutorials");

            migrationBuilder.AddForeignKey(
                name: "FK_TicketFollowers_AspNetUsers_UserId",
                table: "TicketFollowers",
                column: "UserId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
