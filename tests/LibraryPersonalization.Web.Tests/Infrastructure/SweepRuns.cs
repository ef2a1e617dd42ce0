using System.Collections.Concurrent;
using LibraryPersonalization.Web.Features.Bookings;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Quartz;

namespace LibraryPersonalization.Web.Tests.Infrastructure;

/// <summary>Every run of the scheduled booking sweep, on whichever instance ran it, for a host that turns its scheduler on.</summary>
public sealed class SweepRuns : IJobListener
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly ConcurrentQueue<SweepRun> runs = new();

    public string Name => nameof(SweepRuns);

    /// <summary>Runs the scheduler with a sweep every <see cref="Interval"/>, and records each run here.</summary>
    public void Record(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("Scheduler:RunJobs", "true");
        builder.UseSetting("Bookings:SweepSeconds", Interval.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureTestServices(services => services.ConfigureAllQuartzSchedulers(scheduler => scheduler.AddJobListener(this, [Matchers.Key(BookingSweepJob.Key)])));
    }

    /// <summary>The runs whose fire was scheduled at or after <paramref name="from"/>, in the order of those fire times.</summary>
    public IReadOnlyList<SweepRun> ScheduledSince(DateTimeOffset from) =>
        runs.Where(run => run.ScheduledAt >= from).OrderBy(run => run.ScheduledAt).ToList();

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        runs.Enqueue(new(context.Scheduler.SchedulerInstanceId, context.ScheduledFireTimeUtc ?? context.FireTimeUtc));
        return ValueTask.CompletedTask;
    }
}

/// <summary>One run: the scheduler instance that ran it and the time its fire was scheduled for.</summary>
public sealed record SweepRun(string Instance, DateTimeOffset ScheduledAt)
{
    public override string ToString() => $"{ScheduledAt:HH:mm:ss.fff} on {Instance}";
}
