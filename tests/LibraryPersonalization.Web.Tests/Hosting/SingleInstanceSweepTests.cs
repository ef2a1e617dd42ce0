namespace LibraryPersonalization.Web.Tests.Hosting;

/// <summary>The default install: one instance on SQLite, where Quartz keeps the sweep's trigger in the same file, unclustered.</summary>
public sealed class SingleInstanceSweepTests
{
    [Fact]
    public async Task On_SQLite_the_one_instance_runs_the_booking_sweep_every_interval()
    {
        var sweeps = new SweepRuns();
        using var database = new LibraryAppFactory();
        await using var instance = database.WithWebHostBuilder(sweeps.Record);
        instance.StartServer();
        var started = DateTimeOffset.UtcNow;

        await Task.Delay(4 * SweepRuns.Interval);

        var runs = sweeps.ScheduledSince(started);
        Assert.True(runs.Count >= 2, $"The sweep should have run every second; it ran: {string.Join(", ", runs)}");
        Assert.True(runs.Zip(runs.Skip(1)).All(pair => pair.Second.ScheduledAt - pair.First.ScheduledAt == SweepRuns.Interval), $"The runs should be one interval apart: {string.Join(", ", runs)}");
    }
}
