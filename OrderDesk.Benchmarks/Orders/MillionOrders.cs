using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OrderDesk.Data;
using OrderDesk.Domain.Catalog;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Benchmarks.Orders;

/// <summary>
/// A SQLite file with a million orders, built once through the app's real migrations (so the indexes
/// are the ones production has) and cached in the temp folder under the latest migration's name.
/// Rows go in through prepared commands in one transaction with the order indexes dropped, then the
/// migrations' own CREATE INDEX statements run again: minutes become seconds.
/// </summary>
public static class MillionOrders
{
    public const int Count = 1_000_000;
    public const int HistoryDays = 365;
    /// <summary>The newest order is created just before this instant (2026-11-24 10:00 China time).</summary>
    public static readonly DateTimeOffset End = new(2026, 11, 24, 2, 0, 0, TimeSpan.Zero);

    private static readonly string[] s_surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹"];
    private static readonly string[] s_given = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀", "霞", "平", "刚", "桂", "英", "华", "玉", "萍", "红", "鹏", "辉", "丹", "宇", "浩", "欣", "婷", "雪", "琳", "晨", "博", "佳", "子"];
    private static readonly (string Province, string[] Cities)[] s_places =
    [
        ("上海市", ["上海市"]), ("北京市", ["北京市"]), ("广东省", ["广州市", "深圳市", "东莞市", "佛山市"]),
        ("浙江省", ["杭州市", "宁波市", "温州市"]), ("江苏省", ["南京市", "苏州市", "无锡市"]), ("四川省", ["成都市", "绵阳市"]),
        ("湖北省", ["武汉市", "宜昌市"]), ("山东省", ["济南市", "青岛市", "烟台市"]), ("福建省", ["福州市", "厦门市"]), ("河南省", ["郑州市", "洛阳市"]),
    ];
    private static readonly string[] s_categories = ["TS", "HD", "JK", "PT", "SK", "SH", "CP", "BG", "SC", "GL"];
    private static readonly string[] s_colors = ["RED", "BLU", "BLK", "WHT", "GRN", "GRY", "PNK", "YEL"];
    private static readonly string[] s_sizes = ["S", "M", "L", "XL", "XXL"];

    public static string Path => System.IO.Path.Combine(System.IO.Path.GetTempPath(), "orderdesk-bench",
        $"orders-{Count}-{LatestMigration()}.db");

    public static string ConnectionString => new SqliteConnectionStringBuilder { DataSource = Path, Pooling = true }.ToString();

    /// <summary>Builds the file unless a complete one is cached; returns the path.</summary>
    public static string Ensure()
    {
        if (File.Exists(Path)) return Path;
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var building = Path + ".building";
        foreach (var stale in Directory.GetFiles(System.IO.Path.GetDirectoryName(Path)!, System.IO.Path.GetFileName(building) + "*")) File.Delete(stale);
        var watch = Stopwatch.StartNew();
        Console.WriteLine($"// Building {Count:N0} orders in {building} (once; cached afterwards)…");
        Build(building);
        File.Move(building, Path);
        Console.WriteLine($"// Built in {watch.Elapsed.TotalSeconds:N1} s");
        return Path;
    }

    public static OrderDeskDbContext Context(string path) => new(new DbContextOptionsBuilder<OrderDeskDbContext>()
        .UseSqlite(new SqliteConnectionStringBuilder { DataSource = path }.ToString()).Options);

    private static string LatestMigration()
    {
        using var db = Context(":memory:");
        return db.Database.GetMigrations().Last();
    }

    private static void Build(string path)
    {
        using (var db = Context(path))
        {
            db.Database.Migrate();
            db.AuditDisabled = true;
            var warehouses = new[]
            {
                new Warehouse("SH-01", "上海嘉定仓", "上海市", "上海市"), new Warehouse("GZ-01", "广州白云仓", "广东省", "广州市"),
                new Warehouse("CD-01", "成都双流仓", "四川省", "成都市"), new Warehouse("WH-01", "武汉东西湖仓", "湖北省", "武汉市"),
            };
            db.Warehouses.AddRange(warehouses);
            db.SaveChanges();
            var shops = new List<Shop>();
            void AddShops(Platform platform, bool tmall, params string[] names)
            {
                foreach (var name in names)
                    shops.Add(new Shop(platform, $"{(tmall ? "tm" : platform.ToString().ToLowerInvariant())}-{shops.Count + 1}", name,
                        warehouses[shops.Count % warehouses.Length].Id, tmall));
            }
            AddShops(Platform.Taobao, false, "云朵小铺", "青禾家居", "柚子童装");
            AddShops(Platform.Taobao, true, "北岸官方旗舰店", "山木服饰旗舰店", "青禾天猫旗舰店");
            AddShops(Platform.Jd, false, "北岸京东自营", "山木京东专卖店");
            AddShops(Platform.Pinduoduo, false, "柚子拼多多店", "好物工厂店", "山木拼购店");
            AddShops(Platform.WebShop, false, "北岸官网");
            db.Shops.AddRange(shops);
            db.SaveChanges();
        }

        // EF's pooled connection would keep the file open and block the journal_mode change below.
        SqliteConnection.ClearAllPools();
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        Exec(connection, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-200000;");
        var shopRows = Query(connection, "SELECT Id, Platform, Code, DefaultWarehouseId FROM Shops ORDER BY Id",
            r => (Id: r.GetInt64(0), Platform: r.GetString(1), Code: r.GetString(2), Warehouse: r.GetInt64(3)));
        var indexes = Query(connection,
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('Orders', 'OrderLines') AND sql IS NOT NULL",
            r => (Name: r.GetString(0), Sql: r.GetString(1)));
        foreach (var index in indexes) Exec(connection, $"DROP INDEX \"{index.Name}\"");

        using (var tx = connection.BeginTransaction())
        {
            using var order = Prepare(connection, tx, "Orders",
                "Id", "Platform", "ShopCode", "PlatformOrderId", "ShopId", "WarehouseId", "Status", "ReceiverName", "ReceiverPhone",
                "ReceiverPhoneLast4", "ReceiverProvince", "ReceiverCity", "ReceiverDistrict", "ReceiverDetail", "ReceiverPostalCode",
                "GoodsAmount", "ShippingFee", "Discount", "PaidAmount", "PlatformCreatedAt", "PaidAt", "PlatformModifiedAt", "IngestedAt",
                "BuyerMessage", "SellerMemo", "ExceptionReason");
            using var line = Prepare(connection, tx, "OrderLines",
                "OrderId", "SkuCode", "Name", "VariantText", "Quantity", "UnitPrice", "IsGift");
            var random = new Random(20261124);
            var start = End.AddDays(-HistoryDays).UtcTicks;
            var step = (End.UtcTicks - start) / Count;
            var pending = new List<object[]>(3);
            for (var i = 0; i < Count; i++)
            {
                long id = i + 1;
                var shop = shopRows[random.Next(shopRows.Count)];
                var created = start + i * step + random.NextInt64(step);
                var ageDays = (End.UtcTicks - created) / TimeSpan.TicksPerDay;
                var status = StatusFor(ageDays, random);
                var phone = "1" + random.Next(3, 10) + random.NextInt64(100_000_000, 1_000_000_000).ToString(CultureInfo.InvariantCulture);
                var (province, cities) = s_places[random.Next(s_places.Length)];
                long goods = 0;
                pending.Clear();
                var lines = random.Next(1, 4);
                for (var l = 0; l < lines; l++)
                {
                    var sku = $"{s_categories[random.Next(s_categories.Length)]}-{s_colors[random.Next(s_colors.Length)]}-{s_sizes[random.Next(s_sizes.Length)]}";
                    var quantity = random.Next(1, 4);
                    var price = random.Next(19, 600) * 100L;
                    goods += price * quantity;
                    pending.Add([id, sku, "商品 " + sku, sku[3..].Replace('-', '/'), quantity, price, 0]);
                }
                var shipping = goods > 9_900 ? 0L : 800L;
                var discount = random.Next(10) == 0 ? 1_000L : 0L;
                var paidAt = status == "PendingPayment" ? (object)DBNull.Value : created + TimeSpan.TicksPerMinute * random.Next(1, 30);
                Run(order, id, shop.Platform, shop.Code, OrderId(shop.Platform, i, created, random), shop.Id,
                    random.Next(30) == 0 ? DBNull.Value : shop.Warehouse, status,
                    s_surnames[random.Next(s_surnames.Length)] + s_given[random.Next(s_given.Length)] + (random.Next(2) == 0 ? "" : s_given[random.Next(s_given.Length)]),
                    phone, phone[^4..], province, cities[random.Next(cities.Length)], "", "某某路 " + random.Next(1, 999) + " 号", "",
                    goods, shipping, discount, goods + shipping - discount, created, paidAt, created, created + TimeSpan.TicksPerSecond * 20,
                    "", "", random.Next(60) == 0 ? "未知 SKU" : "");
                foreach (var values in pending) Run(line, values);
            }
            tx.Commit();
        }
        foreach (var index in indexes) Exec(connection, index.Sql);
        Exec(connection, "PRAGMA journal_mode=WAL;");
    }

    private static string StatusFor(long ageDays, Random random) => (ageDays, random.Next(100)) switch
    {
        (0, < 15) => "PendingPayment",
        (0, < 60) => "Paid",
        (0, _) => "InFulfillment",
        ( < 3, < 20) => "InFulfillment",
        ( < 3, < 85) => "Shipped",
        ( < 3, _) => "Cancelled",
        ( < 10, < 50) => "Delivered",
        ( < 10, < 90) => "Completed",
        ( < 10, < 95) => "Refunded",
        ( < 10, _) => "Cancelled",
        (_, < 90) => "Completed",
        (_, < 95) => "Refunded",
        _ => "Cancelled",
    };

    private static string OrderId(string platform, int i, long createdTicks, Random random) => platform switch
    {
        "Taobao" => (3_400_000_000_000_000_000L + i * 1_000L + random.Next(1_000)).ToString(CultureInfo.InvariantCulture),
        "Jd" => (300_000_000_000L + i * 100L + random.Next(100)).ToString(CultureInfo.InvariantCulture),
        "Pinduoduo" => new DateTime(createdTicks, DateTimeKind.Utc).ToString("yyMMdd", CultureInfo.InvariantCulture) + "-" +
            (100_000_000_000_000L + i * 100L + random.Next(100)).ToString(CultureInfo.InvariantCulture),
        _ => $"WS{i:D10}",
    };

    internal static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction tx, string table, params string[] columns)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, n) => $"$p{n}"))})";
        for (var n = 0; n < columns.Length; n++) command.Parameters.Add(new SqliteParameter($"$p{n}", null));
        command.Prepare();
        return command;
    }

    internal static void Run(SqliteCommand command, params object[] values)
    {
        for (var n = 0; n < values.Length; n++) command.Parameters[n].Value = values[n];
        command.ExecuteNonQuery();
    }

    internal static void Exec(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static List<T> Query<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> read)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(read(reader));
        return rows;
    }
}
