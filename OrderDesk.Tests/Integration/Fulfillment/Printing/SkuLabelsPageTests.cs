using System.Net;
using Microsoft.EntityFrameworkCore;
using OrderDesk.Features.Fulfillment.Printing;
using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Fulfillment.Printing;

public sealed class SkuLabelsPageTests(OrderDeskApp app) : IClassFixture<OrderDeskApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Labels_KnownAndUnknownCodes_OneLabelEachAndAMessageForTheRest()
    {
        var codes = await CodesAsync(3);
        var client = await app.SignedInAsync("warehouse@demo.orderdesk");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(
            $"/skus/labels?codes={Uri.EscapeDataString(string.Join(',', codes.Append("NO-SUCH-SKU")))}", Ct));

        Assert.Equal(3, PrintedHtml.Count(html, "data-testid=\"sku-label\""));
        foreach (var code in codes) Assert.Contains($"data-sku=\"{code}\"", html);
        Assert.Equal(3, PrintedHtml.Count(html, "data-barcode=\"ean13\""));
        Assert.Contains("data-testid=\"labels-unknown\"", html);
        Assert.Contains("NO-SUCH-SKU", html);
        Assert.DoesNotContain("data-sku=\"NO-SUCH-SKU\"", html);
        Assert.Contains("@page { size: 60mm 40mm;", html);
    }

    [Fact]
    public async Task Labels_SheetWithPrice_A4PageAndPrices()
    {
        var codes = await CodesAsync(2);
        var client = await app.SignedInAsync("admin@demo.orderdesk");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(
            $"/skus/labels?codes={string.Join(',', codes)}&size=sheet&price=true", Ct));

        Assert.Equal(2, PrintedHtml.Count(html, "data-testid=\"sku-label\""));
        Assert.Contains("@page { size: A4;", html);
        Assert.Contains("od-labels-sheet", html);
        Assert.Contains("¥", html);
    }

    [Fact]
    public async Task Labels_NoCodes_SaysToPickSkus()
    {
        var client = await app.SignedInAsync("warehouse@demo.orderdesk");

        var html = await client.GetStringAsync("/skus/labels", Ct);

        Assert.Contains("data-testid=\"labels-none\"", html);
        Assert.DoesNotContain("data-testid=\"sku-label\"", html);
    }

    [Fact]
    public async Task SkuList_Search_FindsByCodeNameAndBarcode()
    {
        await using var db = await app.DbAsync();
        var sku = await db.Skus.OrderBy(s => s.Id).FirstAsync(Ct);
        var catalog = app.Get<SkuCatalog>();

        var byCode = await catalog.SearchAsync(sku.Code, 0, 25, Ct);
        var byBarcode = await catalog.SearchAsync(sku.Barcode, 0, 25, Ct);
        var byName = await catalog.SearchAsync(sku.Name, 0, 25, Ct);
        var all = await catalog.SearchAsync(null, 0, 10, Ct);

        Assert.Contains(byCode.Rows, r => r.Code == sku.Code);
        Assert.Equal(sku.Code, Assert.Single(byBarcode.Rows).Code);
        Assert.All(byName.Rows, r => Assert.Contains(sku.Name, r.Name));
        Assert.Equal(10, all.Rows.Count);
        Assert.Equal(await db.Skus.CountAsync(Ct), all.Total);
    }

    [Fact]
    public async Task SkuList_Get_PrerendersTheGrid()
    {
        var client = await app.SignedInAsync("warehouse@demo.orderdesk");

        var response = await client.GetAsync("/skus", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"skus-grid\"", html);
        Assert.Contains("data-testid=\"nav-skus\"", html);
    }

    private async Task<List<string>> CodesAsync(int count)
    {
        await using var db = await app.DbAsync();
        return await db.Skus.OrderBy(s => s.Id).Select(s => s.Code).Take(count).ToListAsync(Ct);
    }
}
