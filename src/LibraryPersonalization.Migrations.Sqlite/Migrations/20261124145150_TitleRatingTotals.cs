using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LibraryPersonalization.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TitleRatingTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "RatingCount",
                table: "Titles",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RatingTotal",
                table: "Titles",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.Sql(
                "UPDATE Titles SET " +
                "RatingCount = (SELECT COUNT(*) FROM Reviews WHERE Reviews.TitleId = Titles.Id AND Reviews.Status = 'Published'), " +
                "RatingTotal = (SELECT COALESCE(SUM(Rating), 0) FROM Reviews WHERE Reviews.TitleId = Titles.Id AND Reviews.Status = 'Published')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RatingCount",
                table: "Titles");

            migrationBuilder.DropColumn(
                name: "RatingTotal",
                table: "Titles");
        }
    }
}
