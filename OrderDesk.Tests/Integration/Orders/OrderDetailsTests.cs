using OrderDesk.Data;
using OrderDesk.Domain.Customers;
using OrderDesk.Domain.Orders;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Orders;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Orders;

public sealed class OrderDetailsTests(OrderDeskApp app) : IClassFixture<OrderDeskApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private OrderDetails Details => app.Get<OrderDetails>();

    [Fact]
    public async Task Load_OrderWithGift_LinesAmountsShopAndCustomer()
    {
        var order = await OrderDetailData.SaveOrderAsync(app);

        var view = await Details.LoadAsync(order.Id, canSeeFullPhone: true, Ct);

        Assert.NotNull(view);
        Assert.Equal(order.PlatformOrderId, view.PlatformOrderId);
        Assert.True(view.IsTmall);
        Assert.StartsWith("天猫旗舰店", view.ShopName);
        Assert.StartsWith("杭州仓", view.WarehouseName);
        Assert.Equal(OrderStatus.PendingPayment, view.Status);
        Assert.Equal("Please pack carefully", view.BuyerMessage);
        Assert.Equal("VIP – check gift", view.SellerMemo);

        Assert.Equal(3, view.Lines.Count);
        var gift = Assert.Single(view.Lines, l => l.IsGift);
        Assert.Equal(Money.Zero, gift.UnitPrice);
        Assert.Equal("/sku-images/ODT-MUG-BLUE.svg", gift.ImagePath);
        var mugs = Assert.Single(view.Lines, l => l is { IsGift: false, SkuCode: OrderDetailData.CatalogueSku });
        Assert.Equal("¥78.00", mugs.Total.ToString());
        var unknown = Assert.Single(view.Lines, l => l.SkuCode == "ODT-GONE-1");
        Assert.Null(unknown.ImagePath);

        Assert.Equal("¥98.50", view.Amounts.Goods.ToString());
        Assert.Equal("¥8.00", view.Amounts.Shipping.ToString());
        Assert.Equal("¥5.00", view.Amounts.Discount.ToString());
        Assert.Equal("¥101.50", view.Amounts.Paid.ToString());

        Assert.NotNull(view.Customer);
        Assert.Equal(CustomerTier.Gold, view.Customer.Tier);
        Assert.Equal((2, 1, 0), (view.Customer.OrderCount, view.Customer.RefundCount, view.Customer.DisputeCount));
    }

    [Fact]
    public async Task Load_StatusMovesAndEdits_TimelineNewestFirstWithWhoChangedWhat()
    {
        var order = await OrderDetailData.SaveOrderAsync(app, user: "ingest@x");
        app.Clock.Advance(TimeSpan.FromMinutes(10));
        await OrderDetailData.ChangeAsync(app, order.Id, "ops@demo.orderdesk",
            o => o.MoveTo(OrderStatus.Paid, app.Clock.GetUtcNow(), "taobao-push"));
        app.Clock.Advance(TimeSpan.FromMinutes(10));
        await OrderDetailData.ChangeAsync(app, order.Id, "supervisor@demo.orderdesk", o =>
        {
            o.MoveTo(OrderStatus.Shipped, app.Clock.GetUtcNow(), "manual");
            o.FlagException("Address could not be verified");
        });

        var view = await Details.LoadAsync(order.Id, canSeeFullPhone: true, Ct);

        Assert.NotNull(view);
        Assert.Equal("Address could not be verified", view.ExceptionReason);
        var steps = view.Timeline.OfType<StatusEvent>().ToList();
        Assert.Equal([OrderStatus.Shipped, OrderStatus.Paid, OrderStatus.PendingPayment], steps.Select(s => s.To));
        Assert.Equal([OrderStatus.Paid, OrderStatus.PendingPayment, (OrderStatus?)null], steps.Select(s => s.From));
        Assert.Equal("taobao-push", steps[1].Source);
        Assert.Equal(view.Timeline.OrderByDescending(e => e.At).Select(e => e.At), view.Timeline.Select(e => e.At));

        // Each move shows once: the step carries who saved it, the audit entry keeps only the other changes.
        Assert.Equal(["supervisor@demo.orderdesk", "ops@demo.orderdesk", "ingest@x"], steps.Select(s => s.UserName));
        var audits = view.Timeline.OfType<AuditEvent>().ToList();
        Assert.Equal(["supervisor@demo.orderdesk", "ops@demo.orderdesk", "ingest@x"], audits.Select(a => a.UserName));
        Assert.Equal(["Modified", "Modified", "Added"], audits.Select(a => a.Action));
        Assert.Equal([new FieldChange("ExceptionReason", "", "Address could not be verified")], audits[0].Changes);
        Assert.Equal(["PaidAt"], audits[1].Changes.Select(c => c.Field));
        Assert.Contains(audits[2].Changes, c => c is { Field: "PlatformOrderId", Old: null } && c.New == order.PlatformOrderId);
    }

    [Fact]
    public async Task Load_ViewerWithoutPhoneRight_PhoneMaskedEverywhere()
    {
        var order = await OrderDetailData.SaveOrderAsync(app, phone: "13812345678");
        await OrderDetailData.ChangeAsync(app, order.Id, "ops@demo.orderdesk",
            o => o.SetReceiver(o.Receiver with { Phone = "13900001111" }));

        var masked = await Details.LoadAsync(order.Id, canSeeFullPhone: false, Ct);
        var full = await Details.LoadAsync(order.Id, canSeeFullPhone: true, Ct);

        Assert.NotNull(masked);
        Assert.NotNull(full);
        Assert.Equal("139****1111", masked.Receiver.Phone);
        Assert.True(masked.Receiver.PhoneMasked);
        Assert.Equal("13900001111", full.Receiver.Phone);
        Assert.False(full.Receiver.PhoneMasked);
        // The audit trail holds the old and new numbers; they must not leak through it either.
        var phoneChanges = masked.Timeline.OfType<AuditEvent>().SelectMany(a => a.Changes).Where(c => c.Field == "ReceiverPhone").ToList();
        Assert.Equal(2, phoneChanges.Count);
        Assert.All(phoneChanges, c => Assert.DoesNotContain("12345678", (c.Old ?? "") + (c.New ?? "")));
        Assert.All(phoneChanges, c => Assert.DoesNotContain("00001111", (c.Old ?? "") + (c.New ?? "")));
        Assert.Contains(full.Timeline.OfType<AuditEvent>().SelectMany(a => a.Changes),
            c => c is { Field: "ReceiverPhone", Old: "13812345678", New: "13900001111" });
    }

    [Fact]
    public async Task Load_PhoneMaskedByPlatform_StaysMaskedEvenForFullPhoneViewers()
    {
        var order = await OrderDetailData.SaveOrderAsync(app, phone: "186****4321");

        var view = await Details.LoadAsync(order.Id, canSeeFullPhone: true, Ct);

        Assert.NotNull(view);
        Assert.Equal("186****4321", view.Receiver.Phone);
        Assert.True(view.Receiver.PhoneMasked);
    }

    [Fact]
    public async Task Load_UnknownId_Null()
    {
        Assert.Null(await Details.LoadAsync(long.MaxValue, canSeeFullPhone: true, Ct));
    }
}
