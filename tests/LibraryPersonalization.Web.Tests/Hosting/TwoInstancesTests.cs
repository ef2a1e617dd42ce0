using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using static LibraryPersonalization.Web.Tests.Journeys.JourneySteps;

namespace LibraryPersonalization.Web.Tests.Hosting;

/// <summary>
/// A district runs several instances of the site behind a proxy on one database: a person signed in on one is signed
/// in on the others, and each scheduled fire of a background job runs on one instance, not once per instance.
/// </summary>
[Collection(PostgresSuite.Name)]
public sealed class TwoInstancesTests(PostgresServer server)
{
    [Fact]
    public async Task A_person_signed_in_on_one_instance_is_signed_in_on_the_other_and_signing_out_there_ends_it_on_both()
    {
        await using var instances = TwoInstances.Start(server, new SweepRuns());
        var jar = new CookieJar();
        using var onFirst = new TestBrowser(instances.First.CreateDefaultClient(jar));
        Assert.Equal("/", RedirectTarget(await onFirst.LoginAsync("noor@school.test")));

        using var onSecond = new TestBrowser(instances.Second.CreateDefaultClient(new CookieJar(SignOutTests.AuthCookie, jar.Cookies[SignOutTests.AuthCookie])));
        Assert.Contains("Noor Haddad", await onSecond.GetPageAsync("/"), StringComparison.Ordinal);
        Assert.Equal("/account/login", RedirectTarget(await onSecond.SubmitAsync("/", "Sign out")));

        await SignOutTests.AssertSignedOutAsync(onFirst);
    }

    [Fact]
    public async Task Each_scheduled_booking_sweep_runs_on_exactly_one_of_the_instances()
    {
        var sweeps = new SweepRuns();
        await using var instances = TwoInstances.Start(server, sweeps);
        var schedulers = new[] { await SchedulerOf(instances.First), await SchedulerOf(instances.Second) };
        var bothRunning = DateTimeOffset.UtcNow;

        await Task.Delay(5 * SweepRuns.Interval);

        // A run is recorded when it ends, and on a loaded machine a fresh host's first sweeps can take seconds: wait for three.
        var runs = sweeps.ScheduledSince(bothRunning);
        for (var waited = 0; runs.Count < 3 && waited < 25; waited++)
        {
            await Task.Delay(SweepRuns.Interval);
            runs = sweeps.ScheduledSince(bothRunning);
        }

        var seen = string.Join(", ", runs);
        Assert.True(runs.Count >= 3, $"The sweep should have run three times within 30 s; it ran: {seen}");
        Assert.True(runs.Select(run => run.ScheduledAt).Distinct().Count() == runs.Count, $"A fire ran on both instances: {seen}");
        Assert.True(runs.Zip(runs.Skip(1)).All(pair => pair.Second.ScheduledAt - pair.First.ScheduledAt >= SweepRuns.Interval), $"Each instance fired a schedule of its own: {seen}");
        var alive = (await schedulers[0].QueryClusterNodes()).Where(node => node.State == ClusterNodeState.Alive).Select(node => node.InstanceId).Order().ToList();
        var instanceIds = schedulers.Select(scheduler => scheduler.SchedulerInstanceId).Order().ToList();
        Assert.True(alive.SequenceEqual(instanceIds), $"Both instances should be alive in one cluster; the store lists [{string.Join(", ", alive)}] for instances [{string.Join(", ", instanceIds)}]");
    }

    /// <summary>The instance's scheduler, once it has started (after the host has).</summary>
    private static async Task<IScheduler> SchedulerOf(WebApplicationFactory<Program> instance)
    {
        var scheduler = await instance.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        for (var waited = 0; scheduler.Status != SchedulerStatus.Running; waited++)
        {
            Assert.True(waited < 100, "The scheduler did not start within 10 s");
            await Task.Delay(100);
        }

        return scheduler;
    }

    /// <summary>Two hosts of the app on one fresh PostgreSQL database, started one after the other as a deploy would.</summary>
    private sealed class TwoInstances : IAsyncDisposable
    {
        private readonly PostgresAppFactory database;

        private TwoInstances(PostgresAppFactory database, SweepRuns sweeps)
        {
            this.database = database;
            First = database.WithWebHostBuilder(sweeps.Record);
            Second = database.WithWebHostBuilder(sweeps.Record);
        }

        public WebApplicationFactory<Program> First { get; }

        public WebApplicationFactory<Program> Second { get; }

        public static TwoInstances Start(PostgresServer server, SweepRuns sweeps)
        {
            var instances = new TwoInstances(new PostgresAppFactory(server), sweeps);
            instances.First.StartServer();
            instances.Second.StartServer();
            return instances;
        }

        public async ValueTask DisposeAsync()
        {
            await Second.DisposeAsync();
            await First.DisposeAsync();
            await database.DisposeAsync();
        }
    }
}
