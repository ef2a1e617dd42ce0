using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace LibraryPersonalization.Web.Tests.Bookings;

/// <summary>
/// The real app with a clock the test moves: it starts at noon school time on <see cref="Day"/>, so check-in windows,
/// offers and no-shows are exact whatever the hour the tests run. The background sweep is left to the test, which runs it when it means to.
/// </summary>
public sealed class ClockedAppFactory : LibraryAppFactory
{
    public static DateOnly Day { get; } = BookingTestData.SoonDay(1);

    public MovableClock Clock { get; } = new(At(new TimeOnly(12, 0)));

    /// <summary>The UTC instant of a school time on <see cref="Day"/>.</summary>
    public static DateTimeOffset At(TimeOnly time) => BookingTestData.Calendar.ToInstant(Day, time)!.Value;

    /// <summary>Runs one booking sweep at the clock's time, as the scheduled job would.</summary>
    public async Task<Features.Bookings.BookingSweep.Outcome> SweepAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Features.Bookings.BookingSweep>().SweepAsync(Clock.GetUtcNow(), CancellationToken.None);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

public sealed class MovableClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
