using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OrderDesk.Data.Migrations
{
    /// <inheritdoc />
    public partial class WithdrawnDetail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "WithdrawnDetail",
                table: "WaveOrders",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "WithdrawnDetail",
                table: "WaveOrders");
        }
    }
}
