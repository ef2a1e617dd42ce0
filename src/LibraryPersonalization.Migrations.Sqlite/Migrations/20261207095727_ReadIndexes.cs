using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LibraryPersonalization.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReadIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Reviews_TitleId_Status_CreatedAt",
                table: "Reviews",
                columns: new[] { "TitleId", "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_ResourceId_End",
                table: "Bookings",
                columns: new[] { "ResourceId", "End" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Reviews_TitleId_Status_CreatedAt",
                table: "Reviews");

            migrationBuilder.DropIndex(
                name: "IX_Bookings_ResourceId_End",
                table: "Bookings");
        }
    }
}
