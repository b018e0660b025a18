namespace OrderDesk.Features.Ingestion.Simulators;

/// <summary>
/// Keeps the simulated platforms running while the app runs: advances them to the clock's time (unless
/// AdvanceInBackground is off, as in tests) and sends the web shop's due webhooks. Each tick is independent; a
/// failed tick is logged and the next one picks up where the store says the simulation stands.
/// </summary>
internal sealed class SimulatorEngine(
    SimulatedPlatforms platforms, WebhookDeliveries webhooks, SimulatorOptions options, TimeProvider clock,
    ILogger<SimulatorEngine> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Real time between ticks: the simulation itself follows the injected clock, whatever it says.
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.TickSeconds)));
        do
        {
            try
            {
                if (options.AdvanceInBackground) await platforms.AdvanceAsync(clock.GetUtcNow(), stoppingToken);
                await webhooks.DeliverDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Simulator tick failed; the next tick retries");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
