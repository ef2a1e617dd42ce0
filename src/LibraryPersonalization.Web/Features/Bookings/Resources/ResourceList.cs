using LibraryPersonalization.Domain.Bookings;

namespace LibraryPersonalization.Web.Features.Bookings.Resources;

/// <summary>Every learning zone and media-lab studio, retired ones included, as librarians manage them.</summary>
public static class ResourceList
{
    public const string Purpose = "manage learning zones and media-lab studios";

    public sealed record Query : IQuery<Result<Model>>, ILibrarianRequest
    {
        string ILibrarianRequest.Purpose => ResourceList.Purpose;
    }

    public sealed record Model(IReadOnlyList<Group> Groups);

    public sealed record Group(BookingArea Area, IReadOnlyList<Row> Resources);

    public sealed record Row(int Id, string Name, int Seats, string Hours, int UpcomingClosures, int UpcomingBookings, bool Retired);

    public sealed class Handler(LibraryDbContext db, BookingEngine engine) : IQueryHandler<Query, Result<Model>>
    {
        public async ValueTask<Result<Model>> Handle(Query query, CancellationToken cancellationToken)
        {
            var now = engine.Now;
            var today = engine.Calendar.DateOf(now);
            var resources = await db.BookableResources.AsNoTracking()
                .Include(resource => resource.Hours)
                .Include(resource => resource.ClosedDates.Where(closed => closed.Date >= today))
                .OrderBy(resource => resource.Retired).ThenBy(resource => resource.Name)
                .ToListAsync(cancellationToken);
            var upcoming = await db.Bookings.AsNoTracking()
                .Where(booking => booking.End > now && Booking.Upcoming.Contains(booking.Status))
                .GroupBy(booking => booking.ResourceId)
                .Select(group => new { ResourceId = group.Key, Count = group.Count() })
                .ToDictionaryAsync(row => row.ResourceId, row => row.Count, cancellationToken);
            return new Model(BookingArea.All.Select(area => new Group(area, resources
                .Where(resource => resource.Element == area.Element)
                .Select(resource => new Row(resource.Id, resource.Name, resource.Seats, WeekHours.Summary(resource.Hours), resource.ClosedDates.Count, upcoming.GetValueOrDefault(resource.Id), resource.Retired))
                .ToList())).ToList());
        }
    }
}

/// <summary>Opening hours of a week in a line people read: "Mon–Fri 7:30 AM–4:30 PM".</summary>
public static class WeekHours
{
    /// <summary>Monday first, as school timetables are read.</summary>
    public static IReadOnlyList<DayOfWeek> SchoolWeek { get; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public static string Summary(IReadOnlyCollection<OpeningHours> hours)
    {
        ArgumentNullException.ThrowIfNull(hours);
        var runs = new List<(DayOfWeek First, DayOfWeek Last, string Times)>();
        foreach (var day in SchoolWeek)
        {
            if (hours.FirstOrDefault(open => open.Day == day) is not { } open)
            {
                continue;
            }

            var times = $"{SchoolCulture.Clock(open.Opens)}–{SchoolCulture.Clock(open.Closes)}";
            if (runs.Count > 0 && runs[^1].Times == times && NextDay(runs[^1].Last) == day)
            {
                runs[^1] = runs[^1] with { Last = day };
            }
            else
            {
                runs.Add((day, day, times));
            }
        }

        return runs.Count == 0
            ? "Closed every day"
            : string.Join("; ", runs.Select(run => $"{Short(run.First)}{(run.First == run.Last ? "" : $"–{Short(run.Last)}")} {run.Times}"));
    }

    private static DayOfWeek NextDay(DayOfWeek day) => (DayOfWeek)(((int)day + 1) % 7);

    private static string Short(DayOfWeek day) => day.ToString()[..3];
}
