using OrderDesk.Domain.Shared;

namespace OrderDesk.Features.Ingestion.Simulators;

/// <summary>
/// How a simulated order moves: which changes are allowed in which state, and which change comes next and
/// when (planned as soon as the previous one happened, from the order's own random stream).
/// </summary>
public static class SimLifecycle
{
    private static readonly string[] s_carriers = ["SF", "ZTO", "YTO", "STO", "YUNDA", "JD"];

    public static bool CanApply(SimOrder order, SimChange change) => change switch
    {
        SimChange.Pay or SimChange.Cancel => order.State == SimState.WaitPay,
        SimChange.ChangeAddress => order.State == SimState.Paid,
        SimChange.Ship => order.State == SimState.Paid && order.Refund != SimRefund.Requested,
        SimChange.Sign => order.State == SimState.Shipped && order.Refund != SimRefund.Requested,
        SimChange.RequestRefund => order.State is SimState.Paid or SimState.Shipped && order.Refund is SimRefund.None or SimRefund.Refused,
        SimChange.RefuseRefund or SimChange.Refund => order.Refund == SimRefund.Requested,
        _ => false,
    };

    /// <summary>Applies <paramref name="change"/> as of <paramref name="at"/>; throws when the order's state does not allow it.</summary>
    public static void Apply(SimOrder order, SimChange change, DateTimeOffset at, Random random)
    {
        if (!CanApply(order, change))
            throw new InvalidOperationException($"Order {order.OrderId} is {order.State}/{order.Refund}; {change} does not apply.");
        switch (change)
        {
            case SimChange.Pay:
                order.State = SimState.Paid;
                order.PaidAt = at;
                break;
            case SimChange.Cancel:
                order.State = SimState.Closed;
                order.EndedAt = at;
                break;
            case SimChange.ChangeAddress:
                order.Receiver = SimOrderFactory.Moved(random, order.Receiver);
                order.SellerMemo = "买家申请修改地址，已同意。";
                break;
            case SimChange.Ship:
                order.State = SimState.Shipped;
                order.ShippedAt = at;
                order.Carrier = s_carriers[random.Next(s_carriers.Length)];
                order.TrackingNumber = order.Carrier + SimRandom.Digits(random, 12);
                break;
            case SimChange.Sign:
                order.State = SimState.Finished;
                order.EndedAt = at;
                break;
            case SimChange.RequestRefund:
                order.Refund = SimRefund.Requested;
                break;
            case SimChange.RefuseRefund:
                order.Refund = SimRefund.Refused;
                break;
            case SimChange.Refund:
                order.Refund = SimRefund.Refunded;
                order.State = SimState.Closed;
                order.EndedAt = at;
                break;
        }
        order.Version++;
    }

    /// <summary>Picks the order's next change after <paramref name="last"/> (null: just placed), or none when it is over.</summary>
    public static void PlanNext(SimOrder order, SimChange? last, DateTimeOffset now, Random random, SimulatorChangeRates rates)
    {
        (SimChange Change, TimeSpan After)? next = (order.State, last) switch
        {
            (SimState.WaitPay, _) => SimRandom.Chance(random, rates.NeverPaid)
                ? (SimChange.Cancel, SimRandom.Between(random, TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(120)))
                : (SimChange.Pay, SimRandom.Between(random, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(20))),
            (SimState.Paid, null or SimChange.Pay) => AfterPayment(random, rates),
            (SimState.Paid, _) => (SimChange.Ship, ShipDelay(random, rates)),
            (SimState.Shipped, SimChange.Ship) => SimRandom.Chance(random, rates.Refund * 0.4)
                ? (SimChange.RequestRefund, SimRandom.Between(random, TimeSpan.FromHours(20), TimeSpan.FromDays(3)))
                : (SimChange.Sign, SimRandom.Between(random, TimeSpan.FromDays(1), TimeSpan.FromDays(5))),
            (SimState.Shipped, _) => (SimChange.Sign, SimRandom.Between(random, TimeSpan.FromDays(1), TimeSpan.FromDays(4))),
            _ => null,
        };
        if (order.Refund == SimRefund.Requested)
            next = (SimRandom.Chance(random, rates.RefundRefused) ? SimChange.RefuseRefund : SimChange.Refund,
                SimRandom.Between(random, TimeSpan.FromMinutes(30), TimeSpan.FromHours(8)));
        order.NextChange = next?.Change;
        order.NextChangeAt = next is { } n ? SimRandom.Seconds(now + n.After) : null;
    }

    /// <summary>The web shop topic a change is announced with.</summary>
    public static string Topic(SimChange? change, SimOrder order) => change switch
    {
        null => "orders/create",
        SimChange.Pay => "orders/paid",
        SimChange.Cancel => "orders/cancelled",
        SimChange.Refund when !order.ShippedAt.HasValue => "orders/cancelled",
        _ => "orders/updated",
    };

    private static (SimChange, TimeSpan) AfterPayment(Random random, SimulatorChangeRates rates)
    {
        var draw = random.NextDouble();
        if (draw < rates.Refund * 0.6) return (SimChange.RequestRefund, SimRandom.Between(random, TimeSpan.FromMinutes(10), TimeSpan.FromHours(6)));
        if (draw < rates.Refund * 0.6 + rates.AddressChange)
            return (SimChange.ChangeAddress, SimRandom.Between(random, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(60)));
        return (SimChange.Ship, ShipDelay(random, rates));
    }

    private static TimeSpan ShipDelay(Random random, SimulatorChangeRates rates) =>
        SimRandom.Between(random, TimeSpan.FromHours(rates.ShipAfterMinHours), TimeSpan.FromHours(Math.Max(rates.ShipAfterMinHours, rates.ShipAfterMaxHours)));
}
