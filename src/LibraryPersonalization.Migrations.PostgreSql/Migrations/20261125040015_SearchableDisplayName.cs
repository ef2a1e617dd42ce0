using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LibraryPersonalization.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class SearchableDisplayName : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NormalizedDisplayName",
                table: "AspNetUsers",
                type: "character varying(450)",
                maxLength: 450,
                nullable: false,
                defaultValue: "");

            // Names added from now on are folded in full by ApplicationUser; UPPER covers the existing ones.
            migrationBuilder.Sql("UPDATE \"AspNetUsers\" SET \"NormalizedDisplayName\" = UPPER(\"DisplayName\");");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NormalizedDisplayName",
                table: "AspNetUsers");
        }
    }
}
