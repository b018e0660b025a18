using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OrderDesk.Data.Migrations
{
    /// <inheritdoc />
    public partial class CarrierRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Carriers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false, collation: "NOCASE"),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Services = table.Column<string>(type: "TEXT", nullable: false),
                    IsDefault = table.Column<bool>(type: "INTEGER", nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Carriers", x => x.Id);
                    table.UniqueConstraint("AK_Carriers_Code", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "CarrierRules",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false, collation: "NOCASE"),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    Provinces = table.Column<string>(type: "TEXT", nullable: false),
                    Cities = table.Column<string>(type: "TEXT", nullable: false),
                    RemoteOnly = table.Column<bool>(type: "INTEGER", nullable: false),
                    MinWeightGrams = table.Column<int>(type: "INTEGER", nullable: true),
                    MaxWeightGrams = table.Column<int>(type: "INTEGER", nullable: true),
                    MinVolumeCm3 = table.Column<int>(type: "INTEGER", nullable: true),
                    MaxVolumeCm3 = table.Column<int>(type: "INTEGER", nullable: true),
                    CustomerTiers = table.Column<string>(type: "TEXT", nullable: false),
                    MinAmount = table.Column<long>(type: "INTEGER", nullable: true),
                    MaxAmount = table.Column<long>(type: "INTEGER", nullable: true),
                    RequiredHandling = table.Column<int>(type: "INTEGER", nullable: false),
                    CarrierCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Service = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CarrierRules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CarrierRules_Carriers_CarrierCode",
                        column: x => x.CarrierCode,
                        principalTable: "Carriers",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CarrierRules_CarrierCode",
                table: "CarrierRules",
                column: "CarrierCode");

            migrationBuilder.CreateIndex(
                name: "IX_CarrierRules_Name",
                table: "CarrierRules",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CarrierRules_Position",
                table: "CarrierRules",
                column: "Position");

            migrationBuilder.CreateIndex(
                name: "IX_Carriers_Default",
                table: "Carriers",
                column: "IsDefault",
                unique: true,
                filter: "\"IsDefault\" = 1");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CarrierRules");

            migrationBuilder.DropTable(
                name: "Carriers");
        }
    }
}
