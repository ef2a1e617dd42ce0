using LibraryPersonalization.Domain.Bookings;

namespace LibraryPersonalization.Web.Features.Bookings;

/// <summary>The resources of one area with their live occupancy and today's hours.</summary>
public static class AreaOverview
{
    public sealed record Query(EcosystemElement Element) : IQuery<Result<Model>>, IGatedRequest
    {
        public GatedAction Action => BookingArea.For(Element).View;
    }

    public sealed record Model(BookingArea Area, IReadOnlyList<ResourceNow> Resources);

    /// <summary>The area's resources still offered, by name, with their hours and any closure on <paramref name="day"/>.</summary>
    public static Task<List<BookableResource>> OfferedAsync(LibraryDbContext db, EcosystemElement element, DateOnly day, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.BookableResources.AsNoTracking()
            .Include(resource => resource.Hours)
            .Include(resource => resource.ClosedDates.Where(closed => closed.Date == day))
            .Where(resource => resource.Element == element && !resource.Retired)
            .OrderBy(resource => resource.Name)
            .ToListAsync(cancellationToken);
    }

    public sealed record ResourceNow(int Id, string Name, string Purpose, int Seats, int TakenNow, string TodayHours);

    public sealed class Handler(LibraryDbContext db, BookingEngine engine) : IQueryHandler<Query, Result<Model>>
    {
        public async ValueTask<Result<Model>> Handle(Query query, CancellationToken cancellationToken)
        {
            var now = engine.Now;
            var today = engine.Calendar.DateOf(now);
            var resources = await OfferedAsync(db, query.Element, today, cancellationToken);
            var takenNow = await db.Bookings.AsNoTracking()
                .Where(booking => booking.Resource!.Element == query.Element && Booking.HoldingSeats.Contains(booking.Status) && booking.Start <= now && now < booking.End)
                .GroupBy(booking => booking.ResourceId)
                .Select(group => new { ResourceId = group.Key, Seats = group.Sum(booking => booking.Seats) })
                .ToDictionaryAsync(row => row.ResourceId, row => row.Seats, cancellationToken);
            return new Model(
                BookingArea.For(query.Element),
                resources.Select(resource => new ResourceNow(
                    resource.Id,
                    resource.Name,
                    resource.Purpose,
                    resource.Seats,
                    takenNow.GetValueOrDefault(resource.Id),
                    OpeningText.For(resource, today))).ToList());
        }
    }
}

public static class OpeningText
{
    public static string For(BookableResource resource, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(resource);
        if (resource.ClosureOn(date) is { } closure)
        {
            return $"Closed: {closure.Reason}";
        }

        return resource.HoursOn(date.DayOfWeek) is { } hours
            ? $"{SchoolCulture.Clock(hours.Opens)} to {SchoolCulture.Clock(hours.Closes)}"
            : "Closed";
    }
}
