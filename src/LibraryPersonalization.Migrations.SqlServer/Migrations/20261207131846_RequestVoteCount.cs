using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LibraryPersonalization.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class RequestVoteCount : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "VoteCount",
                table: "BookRequests",
                type: "int",
                nullable: false,
                defaultValue: 0);

            // Requests voted on before the column existed keep their votes.
            migrationBuilder.Sql("UPDATE \"BookRequests\" SET \"VoteCount\" = (SELECT COUNT(*) FROM \"RequestVotes\" WHERE \"RequestVotes\".\"RequestId\" = \"BookRequests\".\"Id\")");

            migrationBuilder.CreateIndex(
                name: "IX_BookRequests_VoteCount_SubmittedAt",
                table: "BookRequests",
                columns: new[] { "VoteCount", "SubmittedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_BookRequests_VoteCount_SubmittedAt",
                table: "BookRequests");

            migrationBuilder.DropColumn(
                name: "VoteCount",
                table: "BookRequests");
        }
    }
}
