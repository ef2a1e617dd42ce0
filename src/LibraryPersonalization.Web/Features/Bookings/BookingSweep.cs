using LibraryPersonalization.Domain.Bookings;
using Quartz;

namespace LibraryPersonalization.Web.Features.Bookings;

/// <summary>
/// Releases bookings nobody checked in to (recorded as no-shows) and offers that were not claimed in time, and hands
/// the freed seats to the waitlist. One sweep is one transaction that takes the lock of each resource it changes,
/// so running it on several web servers at once changes each booking once.
/// </summary>
public sealed class BookingSweep(LibraryDbContext db, BookingEngine engine, WaitlistOffers offers, SelfCheckIn selfCheckIn, ILogger<BookingSweep> logger)
{
    public sealed record Outcome(int NoShows, int ExpiredOffers, int Offered);

    public Task<Outcome> SweepAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(
            now,
            async (_, sweepAt, token) =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(token);
                var outcome = await SweepInTransactionAsync(sweepAt, token);
                await db.SaveChangesAsync(token);
                await transaction.CommitAsync(token);
                return outcome;
            },
            verifySucceeded: null,
            cancellationToken);

    private async Task<Outcome> SweepInTransactionAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var limits = new Dictionary<EcosystemElement, BookingLimits>();
        foreach (var area in BookingArea.All)
        {
            limits[area.Element] = await engine.LimitsAsync(area.Element, cancellationToken);
        }

        var unclaimedSince = now.AddMinutes(-limits.Values.Min(limit => limit.CheckInWindowMinutes));
        var late = await db.Bookings.AsNoTracking().Include(booking => booking.Resource)
            .Where(booking => booking.Status == BookingStatus.Confirmed && booking.Start <= unclaimedSince && (booking.DecidedAt == null || booking.DecidedAt <= unclaimedSince) && booking.End > now)
            .ToListAsync(cancellationToken);
        var noShows = new List<(int Id, int ResourceId)>();
        foreach (var element in late.GroupBy(booking => booking.Resource!.Element))
        {
            var releasable = await selfCheckIn.HoldersWhoMayAsync(element.Select(booking => booking.HolderId).Distinct().ToList(), element.Key, cancellationToken);
            noShows.AddRange(element
                .Where(booking => releasable.Contains(booking.HolderId) && CheckInWindow.For(booking, limits[element.Key], releasedWhenMissed: true).Closes <= now)
                .Select(booking => (booking.Id, booking.ResourceId)));
        }

        var expired = await db.Bookings.AsNoTracking()
            .Where(booking => booking.Status == BookingStatus.Offered && booking.OfferExpiresAt <= now)
            .Select(booking => new { booking.Id, booking.ResourceId })
            .ToListAsync(cancellationToken);
        var resourceIds = noShows.Select(booking => booking.ResourceId).Concat(expired.Select(booking => booking.ResourceId)).Distinct().Order().ToList();
        if (resourceIds.Count == 0)
        {
            return new(0, 0, 0);
        }

        foreach (var resourceId in resourceIds)
        {
            await engine.LockAsync(resourceId, cancellationToken);
        }

        var ids = noShows.Select(booking => booking.Id).Concat(expired.Select(booking => booking.Id)).ToList();
        var changing = await db.Bookings.Include(booking => booking.Resource).Where(booking => ids.Contains(booking.Id)).ToListAsync(cancellationToken);
        var (released, lapsed) = (0, 0);
        foreach (var booking in changing)
        {
            var what = $"{booking.Resource!.Name}, {engine.Span(booking.Start, booking.End)}";
            if (booking.Status == BookingStatus.Confirmed)
            {
                var closed = engine.TimeOfDay(CheckInWindow.For(booking, limits[booking.Resource.Element], releasedWhenMissed: true).Closes);
                booking.Status = BookingStatus.NoShow;
                booking.StatusReason = $"Not checked in by {closed}";
                offers.Notify(booking.HolderId, $"Your booking of {what} was released as a no-show: nobody checked in by {closed}.", now);
                released++;
            }
            else if (booking is { Status: BookingStatus.Offered } && booking.OfferExpiresAt <= now)
            {
                booking.Status = BookingStatus.Expired;
                booking.StatusReason = $"Not claimed by {engine.TimeOfDay(booking.OfferExpiresAt.Value)}";
                await offers.CloseOfferAsync(booking, WaitlistStatus.Expired, cancellationToken);
                offers.Notify(booking.HolderId, $"The seat in {what} offered to you was not claimed in time and went to the next person waiting.", now);
                lapsed++;
            }
        }

        var offered = 0;
        foreach (var resource in changing.Select(booking => booking.Resource!).DistinctBy(resource => resource.Id))
        {
            offered += await offers.OfferFreedSeatsAsync(resource, now, cancellationToken);
        }

        logger.LogInformation("Booking sweep: {NoShows} no-shows released, {Expired} offers expired, {Offered} seats offered to the waitlist", released, lapsed, offered);
        return new(released, lapsed, offered);
    }
}

/// <summary>
/// Runs <see cref="BookingSweep"/> each time the clustered scheduler fires it, every <c>Bookings:SweepSeconds</c> (60 by
/// default), on one instance of the site; a failed sweep is logged and the next one runs as planned.
/// </summary>
[DisallowConcurrentExecution]
public sealed class BookingSweepJob(BookingSweep sweep, TimeProvider clock, ILogger<BookingSweepJob> logger) : IJob
{
    public static readonly JobKey Key = new("booking-sweep");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await sweep.SweepAsync(clock.GetUtcNow(), cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError(exception, "The booking sweep failed; the next one runs as planned");
        }
    }
}
