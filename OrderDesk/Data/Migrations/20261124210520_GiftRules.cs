using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OrderDesk.Data.Migrations
{
    /// <inheritdoc />
    public partial class GiftRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AddedByRule",
                table: "OrderLines",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "GiftRules",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false, collation: "NOCASE"),
                    Priority = table.Column<int>(type: "INTEGER", nullable: false),
                    StopFurtherRules = table.Column<bool>(type: "INTEGER", nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    Platform = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ShopCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AmountBasis = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    MinAmount = table.Column<long>(type: "INTEGER", nullable: true),
                    MaxAmount = table.Column<long>(type: "INTEGER", nullable: true),
                    SkuCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PerUnits = table.Column<int>(type: "INTEGER", nullable: true),
                    ValidFrom = table.Column<long>(type: "INTEGER", nullable: true),
                    ValidUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    MemoKeyword = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    GiftSkuCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    GiftQuantity = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GiftRules", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_GiftRules_Name",
                table: "GiftRules",
                column: "Name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GiftRules");

            migrationBuilder.DropColumn(
                name: "AddedByRule",
                table: "OrderLines");
        }
    }
}
