using Hangfire;

namespace OrderDesk.Features.Alerts;

/// <summary>The recurring "alerts" job: one evaluation round.</summary>
public sealed class AlertsJob(AlertEvaluator evaluator)
{
    public const string Id = "alerts";

    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [AutomaticRetry(Attempts = 0)]
    public Task RunAsync(CancellationToken ct) => evaluator.EvaluateAsync(ct);
}
