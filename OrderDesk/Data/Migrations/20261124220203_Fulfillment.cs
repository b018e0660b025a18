using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OrderDesk.Data.Migrations
{
    /// <inheritdoc />
    public partial class Fulfillment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ChannelMinuteStats_Minute_ShopId",
                table: "ChannelMinuteStats");

            migrationBuilder.AddColumn<string>(
                name: "BinLocation",
                table: "SkuStocks",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "ShippedHereAt",
                table: "Orders",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AddedByRule",
                table: "OrderLines",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

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

            migrationBuilder.CreateTable(
                name: "ScanEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrderId = table.Column<long>(type: "INTEGER", nullable: false),
                    WaveOrderId = table.Column<long>(type: "INTEGER", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Input = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SkuCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Verdict = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Station = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScanEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Shipments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrderId = table.Column<long>(type: "INTEGER", nullable: false),
                    WaveOrderId = table.Column<long>(type: "INTEGER", nullable: false),
                    CarrierCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Service = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TrackingNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    WeightGrams = table.Column<int>(type: "INTEGER", nullable: false),
                    ShippedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ShippedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Shipments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ShippingErrors",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrderId = table.Column<long>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ResponsibleUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ResponsibleName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    CaughtInHouse = table.Column<bool>(type: "INTEGER", nullable: false),
                    ScanEventId = table.Column<long>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ShippingErrors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Stations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WarehouseId = table.Column<long>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Stations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Stations_Warehouses_WarehouseId",
                        column: x => x.WarehouseId,
                        principalTable: "Warehouses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Waves",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WarehouseId = table.Column<long>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Release = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Criterion = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Waves", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Waves_Warehouses_WarehouseId",
                        column: x => x.WarehouseId,
                        principalTable: "Warehouses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
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

            migrationBuilder.CreateTable(
                name: "WaveOrders",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WaveId = table.Column<long>(type: "INTEGER", nullable: false),
                    OrderId = table.Column<long>(type: "INTEGER", nullable: false),
                    WarehouseId = table.Column<long>(type: "INTEGER", nullable: false),
                    OrderNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ShipBy = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpectedWeightGrams = table.Column<int>(type: "INTEGER", nullable: false),
                    MeasuredWeightGrams = table.Column<int>(type: "INTEGER", nullable: true),
                    CarrierCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CarrierService = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RecommendedCarrierCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CarrierRuleName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CarrierChangeReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    HeldByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    HeldByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    HeldByStation = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    HeldSince = table.Column<long>(type: "INTEGER", nullable: true),
                    WithdrawnReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WaveOrders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WaveOrders_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WaveOrders_Waves_WaveId",
                        column: x => x.WaveId,
                        principalTable: "Waves",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WaveOrderLines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WaveOrderId = table.Column<long>(type: "INTEGER", nullable: false),
                    OrderLineId = table.Column<long>(type: "INTEGER", nullable: false),
                    SkuCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Barcode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProductName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    VariantText = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ImagePath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BinLocation = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    IsGift = table.Column<bool>(type: "INTEGER", nullable: false),
                    WeightGrams = table.Column<int>(type: "INTEGER", nullable: false),
                    Picked = table.Column<int>(type: "INTEGER", nullable: false),
                    Checked = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WaveOrderLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WaveOrderLines_WaveOrders_WaveOrderId",
                        column: x => x.WaveOrderId,
                        principalTable: "WaveOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ChannelMinuteStats_Minute_ShopId_Platform_Received",
                table: "ChannelMinuteStats",
                columns: new[] { "Minute", "ShopId", "Platform", "Received" });

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

            migrationBuilder.CreateIndex(
                name: "IX_GiftRules_Name",
                table: "GiftRules",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScanEvents_At",
                table: "ScanEvents",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_ScanEvents_OrderId_At",
                table: "ScanEvents",
                columns: new[] { "OrderId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Shipments_OrderId",
                table: "Shipments",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_Shipments_ShippedAt",
                table: "Shipments",
                column: "ShippedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ShippingErrors_At",
                table: "ShippingErrors",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_ShippingErrors_OrderId_At",
                table: "ShippingErrors",
                columns: new[] { "OrderId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Stations_Code",
                table: "Stations",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Stations_WarehouseId",
                table: "Stations",
                column: "WarehouseId");

            migrationBuilder.CreateIndex(
                name: "IX_WaveOrderLines_WaveOrderId",
                table: "WaveOrderLines",
                column: "WaveOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_WaveOrders_OrderId_Open",
                table: "WaveOrders",
                column: "OrderId",
                unique: true,
                filter: "\"Stage\" IN ('Pick', 'Check', 'Pack', 'Weigh')");

            migrationBuilder.CreateIndex(
                name: "IX_WaveOrders_WarehouseId_Stage_ShipBy",
                table: "WaveOrders",
                columns: new[] { "WarehouseId", "Stage", "ShipBy" });

            migrationBuilder.CreateIndex(
                name: "IX_WaveOrders_WaveId",
                table: "WaveOrders",
                column: "WaveId");

            migrationBuilder.CreateIndex(
                name: "IX_Waves_Number",
                table: "Waves",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Waves_WarehouseId_CreatedAt",
                table: "Waves",
                columns: new[] { "WarehouseId", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CarrierRules");

            migrationBuilder.DropTable(
                name: "GiftRules");

            migrationBuilder.DropTable(
                name: "ScanEvents");

            migrationBuilder.DropTable(
                name: "Shipments");

            migrationBuilder.DropTable(
                name: "ShippingErrors");

            migrationBuilder.DropTable(
                name: "Stations");

            migrationBuilder.DropTable(
                name: "WaveOrderLines");

            migrationBuilder.DropTable(
                name: "Carriers");

            migrationBuilder.DropTable(
                name: "WaveOrders");

            migrationBuilder.DropTable(
                name: "Waves");

            migrationBuilder.DropIndex(
                name: "IX_ChannelMinuteStats_Minute_ShopId_Platform_Received",
                table: "ChannelMinuteStats");

            migrationBuilder.DropColumn(
                name: "BinLocation",
                table: "SkuStocks");

            migrationBuilder.DropColumn(
                name: "ShippedHereAt",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "AddedByRule",
                table: "OrderLines");

            migrationBuilder.CreateIndex(
                name: "IX_ChannelMinuteStats_Minute_ShopId",
                table: "ChannelMinuteStats",
                columns: new[] { "Minute", "ShopId" });
        }
    }
}
