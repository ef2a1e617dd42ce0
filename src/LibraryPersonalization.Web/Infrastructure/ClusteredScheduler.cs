using Quartz;

namespace LibraryPersonalization.Web.Infrastructure;

/// <summary>
/// The background jobs' scheduler (Quartz.NET): its jobs and triggers live in the library database (the <c>QRTZ_</c>
/// tables the migrations create), and on SQL Server and PostgreSQL every instance on that database joins one cluster,
/// so each fire of a trigger runs on one instance only. Slices add their jobs with <c>services.ConfigureAllQuartzSchedulers</c>.
/// </summary>
public static class ClusteredScheduler
{
    public static IServiceCollection AddClusteredScheduler(this IServiceCollection services, IConfiguration configuration, string provider, string connectionString)
    {
        services.AddQuartz(scheduler => scheduler.UsePersistentStore(store =>
        {
            store.ConfigureStore(options => options.StoreJobDataAsStrings = true);
            store.UseSystemTextJsonSerializer();
            _ = DatabaseProvider.Choose(
                provider,
                sqlite: () => store.UseSqlite(connectionString),
                sqlServer: () => store.UseSqlServer(connectionString),
                postgreSql: () => store.UsePostgres(connectionString));
            if (provider != DatabaseProvider.Sqlite)
            {
                // Quartz refuses to cluster on SQLite, a file that only one server's instance opens anyway.
                store.UseClustering();
            }
        }));
        // The first instance to start stores each trigger and later ones leave it be: one replacing a trigger that another
        // instance had already picked up left both firing it, each on its own schedule (seen in TwoInstancesTests).
        services.Configure<QuartzOptions>(options => options.Scheduling.IgnoreDuplicates = true);
        services.AddQuartzHostedService(hosted =>
        {
            // An instance told not to run jobs leaves every fire to the others (the test hosts, which run the sweep themselves).
            hosted.AutoStart = configuration.GetValue("Scheduler:RunJobs", true);
            hosted.WaitForJobsToComplete = true;
        });
        return services;
    }
}
