using Microsoft.AspNetCore.Http;
using OrderDesk.Domain.Shared;
using OrderDesk.Features.Ingestion.Platforms;

namespace OrderDesk.Tests.Integration.Ingestion.Platforms;

/// <summary>What every client makes of trouble below the platform's own error format: the same for all four.</summary>
public sealed class TransportFailureTests
{
    public static TheoryData<Platform> Platforms => [Platform.Taobao, Platform.Pinduoduo, Platform.Jd, Platform.WebShop];

    [Theory]
    [MemberData(nameof(Platforms))]
    public async Task Http429WithSeconds_RateLimitedForThatLong(Platform platform)
    {
        await using var harness = await PlatformClientHarness.StartAsync(TestContext.Current.CancellationToken);
        harness.Server.AnswerWith("""{"errors":"Too many requests"}""", StatusCodes.Status429TooManyRequests,
            r => r.Headers.RetryAfter = "7");

        var error = await Assert.ThrowsAsync<PlatformException>(() => harness.PullAsync(platform));

        Assert.Equal((PlatformErrorKind.RateLimited, TimeSpan.FromSeconds(7)), (error.Kind, error.RetryAfter));
    }

    [Theory]
    [MemberData(nameof(Platforms))]
    public async Task Http429WithDate_RateLimitedUntilThen(Platform platform)
    {
        await using var harness = await PlatformClientHarness.StartAsync(TestContext.Current.CancellationToken);
        var until = harness.Clock.GetUtcNow().AddSeconds(90);
        harness.Server.AnswerWith("{}", StatusCodes.Status429TooManyRequests, r => r.Headers.RetryAfter = until.ToString("r"));

        var error = await Assert.ThrowsAsync<PlatformException>(() => harness.PullAsync(platform));

        Assert.Equal((PlatformErrorKind.RateLimited, TimeSpan.FromSeconds(90)), (error.Kind, error.RetryAfter));
    }

    [Fact]
    public async Task Http429WithDecimalSeconds_RoundedUp()
    {
        await using var harness = await PlatformClientHarness.StartAsync(TestContext.Current.CancellationToken);
        harness.Server.AnswerWith("{}", StatusCodes.Status429TooManyRequests, r => r.Headers.RetryAfter = "2.0");

        var error = await Assert.ThrowsAsync<PlatformException>(() => harness.PullAsync(Platform.WebShop));

        Assert.Equal(TimeSpan.FromSeconds(2), error.RetryAfter);
    }

    [Theory]
    [MemberData(nameof(Platforms))]
    public async Task Http500_Transient(Platform platform)
    {
        await using var harness = await PlatformClientHarness.StartAsync(TestContext.Current.CancellationToken);
        harness.Server.AnswerWith("<html>Bad gateway</html>", StatusCodes.Status502BadGateway);

        var error = await Assert.ThrowsAsync<PlatformException>(() => harness.PullAsync(platform));

        Assert.Equal((PlatformErrorKind.Transient, "http-502"), (error.Kind, error.Code));
    }

    /// <summary>A body cut off mid-way, and well-formed JSON of the wrong shape: neither may escape as a raw exception.</summary>
    public static TheoryData<Platform, string> UnreadableBodies =>
        new(from platform in new[] { Platform.Taobao, Platform.Pinduoduo, Platform.Jd, Platform.WebShop }
            from body in new[] { """{"trades_sold_increment_get_response":{"trades":{"trade":[{"tid":1""", """{"something_else":[1,2,3]}""" }
            select (platform, body));

    [Theory]
    [MemberData(nameof(UnreadableBodies))]
    public async Task UnreadableBody_Transient(Platform platform, string body)
    {
        await using var harness = await PlatformClientHarness.StartAsync(TestContext.Current.CancellationToken);
        harness.Server.AnswerWith(body);

        var error = await Assert.ThrowsAsync<PlatformException>(() => harness.PullAsync(platform));

        Assert.Equal((PlatformErrorKind.Transient, "malformed-response"), (error.Kind, error.Code));
    }

    [Theory]
    [MemberData(nameof(Platforms))]
    public async Task AnswerSlowerThanTimeout_Transient(Platform platform)
    {
        await using var harness = await PlatformClientHarness.StartAsync(TestContext.Current.CancellationToken, TimeSpan.FromMilliseconds(300));
        harness.Server.Respond = async (_, context) => await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted);

        var error = await Assert.ThrowsAsync<PlatformException>(() => harness.PullAsync(platform));

        Assert.Equal((PlatformErrorKind.Transient, "timeout"), (error.Kind, error.Code));
    }

    [Fact]
    public async Task BodyStallsAfterHeaders_Transient()
    {
        await using var harness = await PlatformClientHarness.StartAsync(TestContext.Current.CancellationToken, TimeSpan.FromMilliseconds(300));
        harness.Server.Respond = async (_, context) =>
        {
            await context.Response.WriteAsync("""{"order_sn_increment_get_response":{""", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted);
        };

        var error = await Assert.ThrowsAsync<PlatformException>(() => harness.PullAsync(Platform.Pinduoduo));

        Assert.Equal((PlatformErrorKind.Transient, "timeout"), (error.Kind, error.Code));
    }

    [Fact]
    public async Task CallerCancels_OperationCanceledEscapes()
    {
        await using var harness = await PlatformClientHarness.StartAsync(TestContext.Current.CancellationToken);
        harness.Server.Respond = async (_, context) => await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted);
        using var caller = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        caller.CancelAfter(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.Client(Platform.Taobao)
            .PullPageAsync(harness.Shop(Platform.Taobao), PlatformClientHarness.Window, 1, false, caller.Token));
    }

    [Theory]
    [MemberData(nameof(Platforms))]
    public async Task NothingListening_Transient(Platform platform)
    {
        await using var harness = await PlatformClientHarness.StartAsync(TestContext.Current.CancellationToken);
        var shop = harness.Shop(platform) with { BaseUrl = new Uri("http://127.0.0.1:1/") };

        var error = await Assert.ThrowsAsync<PlatformException>(() => harness.Client(platform)
            .PullPageAsync(shop, PlatformClientHarness.Window, 1, false, TestContext.Current.CancellationToken));

        Assert.Equal((PlatformErrorKind.Transient, "connection"), (error.Kind, error.Code));
    }

    [Theory]
    [MemberData(nameof(Platforms))]
    public async Task Http401_Auth(Platform platform)
    {
        await using var harness = await PlatformClientHarness.StartAsync(TestContext.Current.CancellationToken);
        harness.Server.AnswerWith("""{"errors":"[API] Invalid API key or access token"}""", StatusCodes.Status401Unauthorized);

        var error = await Assert.ThrowsAsync<PlatformException>(() => harness.PullAsync(platform));

        Assert.Equal(PlatformErrorKind.Auth, error.Kind);
    }
}
