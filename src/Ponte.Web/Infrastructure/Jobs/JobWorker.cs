using Ponte.Data.Jobs;
using Ponte.Data.Outbox;

namespace Ponte.Web.Infrastructure.Jobs;

/// <summary>
/// Runs the job runner in the site: at start (so work due while the site was down runs now), every
/// two seconds, and shortly after a message is queued. Each node of a site runs one; the runner's
/// leases make sure each piece of work is done once.
/// </summary>
public sealed class JobWorker(JobRunner runner, OutboxSignal signal, ILogger<JobWorker> logger) : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await runner.RunDueAsync(stoppingToken);

                // A signal comes as a message is queued, before its save commits: look again shortly after.
                if (await signal.WaitAsync(Poll, stoppingToken))
                    await Task.Delay(TimeSpan.FromMilliseconds(200), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError("Running due jobs failed ({Error}); trying again shortly", e.GetType().Name);
                await Task.Delay(Poll, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }
}
