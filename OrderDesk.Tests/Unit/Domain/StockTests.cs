using OrderDesk.Domain.Catalog;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Tests.Unit.Domain;

public sealed class StockTests
{
    [Fact]
    public void Reserve_BeyondOnHand_ReservesAndReportsOversell()
    {
        var stock = new SkuStock(1, 1, onHand: 3);
        Assert.True(stock.Reserve(3));
        Assert.False(stock.Reserve(1));
        Assert.Equal(4, stock.Reserved);
        Assert.Equal(-1, stock.Available);
    }

    [Fact]
    public void Release_MoreThanReserved_Throws()
    {
        var stock = new SkuStock(1, 1, onHand: 3);
        stock.Reserve(2);
        Assert.Throws<DomainRuleException>(() => stock.Release(3));
        Assert.Equal(2, stock.Reserved);
    }

    [Fact]
    public void Shop_TmallOnJd_Refused() =>
        Assert.Throws<DomainRuleException>(() => new Shop(Platform.Jd, "jd-1", "JD shop", 1, isTmall: true));
}
