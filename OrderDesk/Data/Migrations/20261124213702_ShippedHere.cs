using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OrderDesk.Data.Migrations
{
    /// <inheritdoc />
    public partial class ShippedHere : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ShippedHereAt",
                table: "Orders",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ShippedHereAt",
                table: "Orders");
        }
    }
}
