using OrderDesk.Domain.Orders;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Features.Demo;

/// <summary>
/// How far an order has got by now: each step's time is drawn first, and only the steps already past
/// are kept, so young orders are pending or paid, a few days old shipped, older ones delivered or completed.
/// </summary>
public static class DemoTimeline
{
    public static List<(OrderStatus Status, DateTimeOffset At)> Steps(
        Random random, DateTimeOffset now, DateTimeOffset created, Platform platform, bool stuck, bool sameRegion, bool remote)
    {
        var steps = new List<(OrderStatus, DateTimeOffset)> { (OrderStatus.PendingPayment, created) };
        bool Reached(OrderStatus status, DateTimeOffset at)
        {
            if (at > now) return false;
            steps.Add((status, at));
            return true;
        }
        TimeSpan Hours(double min, double max) => TimeSpan.FromHours(min + (max - min) * random.NextDouble());

        // Unpaid orders are closed by the platform after a while (PDD is quickest about it).
        if (!stuck && random.NextDouble() < (platform == Platform.Pinduoduo ? 0.05 : 0.03))
        {
            Reached(OrderStatus.Cancelled, created + Hours(0.25, 6));
            return steps;
        }
        var draw = random.NextDouble();
        var payDelay = draw < 0.7 ? TimeSpan.FromSeconds(5 + 85 * random.NextDouble())
            : draw < 0.95 ? TimeSpan.FromMinutes(1.5 + 18.5 * random.NextDouble())
            : Hours(0.33, 3);
        var paid = created + payDelay;
        if (!Reached(OrderStatus.Paid, paid) || stuck) return steps;

        var fate = random.NextDouble();
        if (fate < 0.012)
        {
            Reached(OrderStatus.Cancelled, paid + Hours(0.15, 5)); // buyer changed their mind before a wave picked it up
            return steps;
        }
        // An order is in fulfilment only while a wave at the stations holds it, and the demo's waves are released
        // by the real stations code after seeding: history only has orders that already left the wave again.
        var wave = WorkingHours(random, paid + Hours(0.3, 5));
        if (wave > now) return steps;
        if (fate < 0.02)
        {
            var refunded = wave + Hours(1, 10);
            if (refunded <= now && Reached(OrderStatus.InFulfillment, wave)) Reached(OrderStatus.Refunded, refunded); // refund only, before shipping
            return steps;
        }
        var shipped = WorkingHours(random, wave + Hours(1, 7));
        if (shipped > now) return steps;
        Reached(OrderStatus.InFulfillment, wave);
        Reached(OrderStatus.Shipped, shipped);
        var transit = (sameRegion ? Hours(20, 48) : Hours(36, 84)) + (remote ? Hours(36, 72) : TimeSpan.Zero);
        var delivered = shipped + transit;
        if (!Reached(OrderStatus.Delivered, delivered)) return steps;
        if (fate < 0.045)
        {
            Reached(OrderStatus.Refunded, delivered + Hours(12, 120)); // returned after delivery
            return steps;
        }
        // Buyers confirm receipt, or the platform does it for them ten days after shipping.
        var confirmed = delivered + Hours(8, 168);
        var automatic = shipped + TimeSpan.FromDays(10);
        if (!Reached(OrderStatus.Completed, confirmed < automatic ? confirmed : automatic)) return steps;
        if (fate < 0.052) Reached(OrderStatus.Refunded, steps[^1].Item2 + Hours(24, 144)); // after-sales refund
        return steps;
    }

    /// <summary>Warehouses work 08:30–22:00 Beijing time; anything later waits for the morning shift.</summary>
    private static DateTimeOffset WorkingHours(Random random, DateTimeOffset at)
    {
        var china = at.ToOffset(DemoTraffic.ChinaOffset);
        if (china.Hour is >= 8 and < 22) return at;
        var morning = new DateTimeOffset(china.Date, DemoTraffic.ChinaOffset).AddHours(8.5);
        if (china.Hour >= 22) morning = morning.AddDays(1);
        return morning.AddMinutes(90 * random.NextDouble()).ToUniversalTime();
    }
}
