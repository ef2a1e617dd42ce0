using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LibraryPersonalization.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ApprovalAndTagIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TitleTags_CheckedByStaff",
                table: "TitleTags");

            migrationBuilder.CreateIndex(
                name: "IX_TitleTags_CheckedByStaff_AddedAt",
                table: "TitleTags",
                columns: new[] { "CheckedByStaff", "AddedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_ResourceId_Status_Start",
                table: "Bookings",
                columns: new[] { "ResourceId", "Status", "Start" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TitleTags_CheckedByStaff_AddedAt",
                table: "TitleTags");

            migrationBuilder.DropIndex(
                name: "IX_Bookings_ResourceId_Status_Start",
                table: "Bookings");

            migrationBuilder.CreateIndex(
                name: "IX_TitleTags_CheckedByStaff",
                table: "TitleTags",
                column: "CheckedByStaff");
        }
    }
}
