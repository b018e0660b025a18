using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OrderDesk.Data.Migrations
{
    /// <inheritdoc />
    public partial class Ingestion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Hold",
                table: "Orders",
                type: "TEXT",
                maxLength: 24,
                nullable: false,
                defaultValue: "None");

            migrationBuilder.CreateTable(
                name: "ChannelMinuteStats",
                columns: table => new
                {
                    ShopId = table.Column<long>(type: "INTEGER", nullable: false),
                    Minute = table.Column<long>(type: "INTEGER", nullable: false),
                    Platform = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Received = table.Column<int>(type: "INTEGER", nullable: false),
                    Created = table.Column<int>(type: "INTEGER", nullable: false),
                    Updated = table.Column<int>(type: "INTEGER", nullable: false),
                    Failures = table.Column<int>(type: "INTEGER", nullable: false),
                    Quarantined = table.Column<int>(type: "INTEGER", nullable: false),
                    Backfilled = table.Column<int>(type: "INTEGER", nullable: false),
                    Pulls = table.Column<int>(type: "INTEGER", nullable: false),
                    PullFailures = table.Column<int>(type: "INTEGER", nullable: false),
                    RateLimited = table.Column<int>(type: "INTEGER", nullable: false),
                    LatencySumMs = table.Column<long>(type: "INTEGER", nullable: false),
                    LatencyCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Latency1s = table.Column<int>(type: "INTEGER", nullable: false),
                    Latency5s = table.Column<int>(type: "INTEGER", nullable: false),
                    Latency15s = table.Column<int>(type: "INTEGER", nullable: false),
                    Latency60s = table.Column<int>(type: "INTEGER", nullable: false),
                    Latency300s = table.Column<int>(type: "INTEGER", nullable: false),
                    Latency1800s = table.Column<int>(type: "INTEGER", nullable: false),
                    LatencyOver = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChannelMinuteStats", x => new { x.ShopId, x.Minute });
                    table.ForeignKey(
                        name: "FK_ChannelMinuteStats_Shops_ShopId",
                        column: x => x.ShopId,
                        principalTable: "Shops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InboxMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MessageKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Platform = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ShopId = table.Column<long>(type: "INTEGER", nullable: false),
                    ShopCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PlatformOrderId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", nullable: false),
                    ProcessedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReplayOfId = table.Column<long>(type: "INTEGER", nullable: true),
                    ResolutionNote = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboxMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InboxMessages_Shops_ShopId",
                        column: x => x.ShopId,
                        principalTable: "Shops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ShopSyncStates",
                columns: table => new
                {
                    ShopId = table.Column<long>(type: "INTEGER", nullable: false),
                    Watermark = table.Column<long>(type: "INTEGER", nullable: true),
                    LastPullAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastSuccessAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastErrorAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    PausedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    ConsecutiveFailures = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ShopSyncStates", x => x.ShopId);
                    table.ForeignKey(
                        name: "FK_ShopSyncStates_Shops_ShopId",
                        column: x => x.ShopId,
                        principalTable: "Shops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ChannelMinuteStats_Minute_ShopId",
                table: "ChannelMinuteStats",
                columns: new[] { "Minute", "ShopId" });

            migrationBuilder.CreateIndex(
                name: "IX_InboxMessages_MessageKey",
                table: "InboxMessages",
                column: "MessageKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InboxMessages_Platform_ShopCode_PlatformOrderId",
                table: "InboxMessages",
                columns: new[] { "Platform", "ShopCode", "PlatformOrderId" });

            migrationBuilder.CreateIndex(
                name: "IX_InboxMessages_ShopId_State_ReceivedAt",
                table: "InboxMessages",
                columns: new[] { "ShopId", "State", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_InboxMessages_State_NextAttemptAt_Id",
                table: "InboxMessages",
                columns: new[] { "State", "NextAttemptAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChannelMinuteStats");

            migrationBuilder.DropTable(
                name: "InboxMessages");

            migrationBuilder.DropTable(
                name: "ShopSyncStates");

            migrationBuilder.DropColumn(
                name: "Hold",
                table: "Orders");
        }
    }
}
