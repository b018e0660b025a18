using OrderDesk.Tests.Support;

namespace OrderDesk.Tests.Integration.Alerts;

public sealed class AlertChannelOptionsTests
{
    [Theory]
    [InlineData("Email", "OrderDesk:Alerts:Email:Host is required when e-mail alerts are enabled.")]
    [InlineData("Webhook", "OrderDesk:Alerts:Webhook:Url must be an absolute http(s) URL when the alert webhook is enabled (it is '').")]
    public async Task Start_ChannelEnabledWithoutTarget_ExitsWithOneLineNamingTheKey(string channel, string problem)
    {
        // The bootstrap admin keeps the start from failing for that reason first, should the options pass.
        var (exitCode, lines) = await RefusedStart.RunAsync([$"--OrderDesk:Alerts:{channel}:Enabled=true",
            "--OrderDesk:Bootstrap:AdminEmail=root@orderdesk.test", "--OrderDesk:Bootstrap:AdminPassword=Bootstrap!2026"],
            TestContext.Current.CancellationToken);

        Assert.Equal(1, exitCode);
        Assert.Contains(problem, Assert.Single(lines), StringComparison.Ordinal);
    }
}
