using System.Globalization;
using Microsoft.Playwright;
using OrderDesk.Domain.Fulfillment;

namespace OrderDesk.Tests.Browser;

/// <summary>The scan box driven like a scanner: each code typed with Enter, and its answer awaited before the next.</summary>
internal sealed class StationScreen(IPage page)
{
    /// <summary>Picks an item of a MudSelect by its text and waits for the list to close.</summary>
    public static async Task ChooseAsync(IPage page, string select, string itemText)
    {
        await page.GetByTestId(select).ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new LocatorFilterOptions { HasText = itemText }).First.ClickAsync();
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
    }

    public async Task ReadyAsync()
    {
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("scan-input")).ToBeEnabledAsync();
    }

    /// <summary>The answers shown so far: the next one has this number plus one.</summary>
    private async Task<int> SeqAsync() =>
        int.Parse(await page.GetByTestId("verdict").GetAttributeAsync("data-seq") ?? "0", CultureInfo.InvariantCulture);

    /// <summary>Waits for the answer after <paramref name="seq"/> and checks its verdict.</summary>
    private async Task AnsweredAsync(int seq, ScanVerdict expected)
    {
        var verdict = page.GetByTestId("verdict");
        await Assertions.Expect(verdict).ToHaveAttributeAsync("data-seq", (seq + 1).ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(verdict).ToHaveAttributeAsync("data-verdict", expected.ToString());
        await Assertions.Expect(page.GetByTestId("verdict-headline")).ToBeVisibleAsync();
    }

    public async Task ScanAsync(string code, ScanVerdict expected)
    {
        var seq = await SeqAsync();
        await Assertions.Expect(page.GetByTestId("scan-input")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(code + "\n");
        await AnsweredAsync(seq, expected);
    }

    /// <summary>A button of the station pressed, and its answer awaited like a scan's.</summary>
    public async Task PressAsync(string testId, ScanVerdict expected)
    {
        var seq = await SeqAsync();
        await page.GetByTestId(testId).ClickAsync();
        await AnsweredAsync(seq, expected);
    }

    public async Task BurstAsync(IReadOnlyList<string> codes)
    {
        var seq = await SeqAsync();
        await Assertions.Expect(page.GetByTestId("scan-input")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(string.Concat(codes.Select(c => c + "\n")));
        await Assertions.Expect(page.GetByTestId("verdict")).ToHaveAttributeAsync("data-seq", (seq + codes.Count).ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(page.GetByTestId("scan-pending")).ToContainTextAsync("0");
    }

    /// <summary>Every unit of the order; the last one completes the stage by itself.</summary>
    public async Task ScanAllAsync(WaveOrder waveOrder, FulfillmentStage stage)
    {
        var units = waveOrder.Lines.SelectMany(l => Enumerable.Repeat(l.Barcode, l.Quantity)).ToList();
        foreach (var unit in units)
            await ScanAsync(unit, ScanVerdict.Accepted);
        await Assertions.Expect(page.GetByTestId("verdict-headline")).ToHaveTextAsync(stage == FulfillmentStage.Pick ? "Pick done" : "Check done");
    }
}
