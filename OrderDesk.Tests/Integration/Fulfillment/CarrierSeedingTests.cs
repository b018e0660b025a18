using Microsoft.EntityFrameworkCore;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Fulfillment;

public sealed class CarrierSeedingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Start_OutsideDemoMode_SeedsCarriersButNoRules()
    {
        await using var app = new PlainApp();
        await app.InitializeAsync();

        await using var db = await app.DbAsync();
        Assert.Equal(7, await db.Carriers.CountAsync(Ct));
        Assert.Equal("ZTO", await db.Carriers.Where(c => c.IsDefault).Select(c => c.Code).SingleAsync(Ct));
        Assert.False(await db.CarrierRules.AnyAsync(Ct));
    }
}
