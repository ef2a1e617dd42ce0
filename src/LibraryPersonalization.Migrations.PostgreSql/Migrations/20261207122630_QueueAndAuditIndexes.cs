using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LibraryPersonalization.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class QueueAndAuditIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_HelpTickets_CreatedAt_Id",
                table: "HelpTickets",
                columns: new[] { "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Action",
                table: "AuditEntries",
                column: "Action");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_HelpTickets_CreatedAt_Id",
                table: "HelpTickets");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_Action",
                table: "AuditEntries");
        }
    }
}
