using OrderDesk.Domain.Shared;

namespace OrderDesk.Features.Overview;

/// <summary>Orders per business day and platform; every platform has one count per day, zeros included.</summary>
public sealed record DailyOrders(IReadOnlyList<DateOnly> Days, IReadOnlyDictionary<Platform, int[]> Counts)
{
    public int Total => Counts.Values.Sum(c => c.Sum());

    public int TotalOf(Platform platform) => Counts[platform].Sum();
}

/// <summary>Orders per local hour (index 0–23) today and yesterday.</summary>
public sealed record HourlyOrders(int[] Today, int[] Yesterday, int CurrentHour);

/// <summary>A figure for today so far and for yesterday up to the same time of day.</summary>
public sealed record Comparison(int Today, int Yesterday)
{
    public int Change => Today - Yesterday;
}

public sealed record MoneyComparison(Money Today, Money Yesterday)
{
    public Money Change => Today - Yesterday;
}

/// <summary>Paid orders not yet picked up by the warehouse, and those in a pick/pack wave.</summary>
public sealed record Backlog(int Paid, int InFulfillment)
{
    public int Total => Paid + InFulfillment;
}

public sealed record TodayFigures(
    DateTimeOffset AsOf,
    Comparison Orders,
    MoneyComparison Paid,
    Backlog AwaitingShipment,
    int Exceptions,
    Comparison CancelledOrRefunded);
