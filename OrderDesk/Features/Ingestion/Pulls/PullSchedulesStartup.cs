namespace OrderDesk.Features.Ingestion.Pulls;

/// <summary>Brings the pull schedules in line with the shops at start-up (after the database initializer has run).</summary>
internal sealed class PullSchedulesStartup(PullSchedules schedules) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => schedules.SyncSchedulesAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
