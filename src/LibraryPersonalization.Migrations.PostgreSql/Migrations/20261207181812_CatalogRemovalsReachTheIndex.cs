using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LibraryPersonalization.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class CatalogRemovalsReachTheIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CatalogIndexChanges_Titles_TitleId",
                table: "CatalogIndexChanges");

            migrationBuilder.AlterColumn<int>(
                name: "TitleId",
                table: "CatalogIndexChanges",
                type: "integer",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AddColumn<int>(
                name: "RemovedTitleId",
                table: "CatalogIndexChanges",
                type: "integer",
                nullable: true);

            migrationBuilder.AddForeignKey(
                name: "FK_CatalogIndexChanges_Titles_TitleId",
                table: "CatalogIndexChanges",
                column: "TitleId",
                principalTable: "Titles",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CatalogIndexChanges_Titles_TitleId",
                table: "CatalogIndexChanges");

            migrationBuilder.DropColumn(
                name: "RemovedTitleId",
                table: "CatalogIndexChanges");

            migrationBuilder.AlterColumn<int>(
                name: "TitleId",
                table: "CatalogIndexChanges",
                type: "integer",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);

            migrationBuilder.AddForeignKey(
                name: "FK_CatalogIndexChanges_Titles_TitleId",
                table: "CatalogIndexChanges",
                column: "TitleId",
                principalTable: "Titles",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
