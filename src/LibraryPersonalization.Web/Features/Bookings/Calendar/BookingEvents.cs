using System.Linq.Expressions;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using LibraryPersonalization.Domain.Bookings;
using IcsCalendar = Ical.Net.Calendar;

namespace LibraryPersonalization.Web.Features.Bookings.Calendar;

/// <summary>Bookings as iCalendar events (RFC 5545), for the subscribed feed and for single-event downloads alike.</summary>
public static class BookingEvents
{
    public sealed record Entry(int Id, string Resource, DateTimeOffset Start, DateTimeOffset End, BookingStatus Status, string? ClassName, int? HeadCount, string? Reason);

    public static Expression<Func<Booking, Entry>> ToEntry { get; } =
        booking => new Entry(booking.Id, booking.Resource!.Name, booking.Start, booking.End, booking.Status, booking.ClassName, booking.HeadCount, booking.StatusReason);

    public static string Ics(IEnumerable<Entry> entries, DateTimeOffset now, string? calendarName = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var calendar = new IcsCalendar { ProductId = "-//Library Personalization//Bookings//EN", Method = "PUBLISH" };
        if (calendarName is not null)
        {
            calendar.AddProperty("X-WR-CALNAME", calendarName);
        }

        calendar.Events.AddRange(entries.Select(entry => Event(entry, now)));
        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    private static CalendarEvent Event(Entry entry, DateTimeOffset now)
    {
        var upcoming = Booking.Upcoming.Contains(entry.Status);
        var holding = entry.Status is BookingStatus.Confirmed or BookingStatus.CheckedIn;
        var details = new List<string>();
        if (entry.ClassName is not null)
        {
            details.Add(entry.HeadCount is { } headCount ? $"For {entry.ClassName}, {headCount} people." : $"For {entry.ClassName}.");
        }

        if (!upcoming && entry.Reason is not null)
        {
            details.Add($"{MyBookings.StatusText(entry.Status)}: {entry.Reason}");
        }

        return new CalendarEvent
        {
            // Stable per booking, so a calendar app updates or removes the event it already shows.
            Uid = $"booking-{entry.Id}@library-personalization",
            Summary = holding ? entry.Resource : $"{entry.Resource} ({MyBookings.StatusText(entry.Status)})",
            Location = entry.Resource,
            Description = details.Count == 0 ? null : string.Join("\n", details),
            DtStart = new CalDateTime(entry.Start.UtcDateTime),
            DtEnd = new CalDateTime(entry.End.UtcDateTime),
            DtStamp = new CalDateTime(now.UtcDateTime),
            Status = !upcoming ? EventStatus.Cancelled : entry.Status == BookingStatus.Requested ? EventStatus.Tentative : EventStatus.Confirmed,
        };
    }
}

/// <summary>
/// The bookings behind a secret calendar URL: everything the holder booked or asked for from 30 days ago on, cancelled
/// and declined ones marked cancelled so calendar apps remove them. Read in one query; an unknown token finds nothing.
/// Calendar apps send no cookie and the access rules all judge a signed-in actor, so the controller reads this
/// directly: the token is the only credential.
/// </summary>
public static class BookingFeed
{
    public static readonly TimeSpan Lookback = TimeSpan.FromDays(30);

    /// <summary>The feed's iCalendar text, or null when no feed has this token (never made, replaced or turned off).</summary>
    public static async Task<string?> ReadAsync(LibraryDbContext db, string token, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var since = now - Lookback;
        var feed = await db.CalendarFeeds.AsNoTracking()
            .Where(row => row.Token == token)
            .Select(row => new
            {
                Bookings = db.Bookings.Where(booking => booking.HolderId == row.UserId && booking.End >= since)
                    .OrderBy(booking => booking.Start)
                    .Select(BookingEvents.ToEntry)
                    .ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return feed is null ? null : BookingEvents.Ics(feed.Bookings, now, "Library bookings");
    }
}

/// <summary>One booking as a calendar file, for its holder or staff; anyone else is told there is no such booking.</summary>
public static class BookingIcs
{
    public sealed record Query(int BookingId) : IQuery<Result<string>>, IOwnerRequest;

    public sealed class Ownership(LibraryDbContext db) : IOwnershipCheck<Query>
    {
        public async ValueTask<Failure?> RefusalAsync(Query request, Actor actor, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(request);
            ArgumentNullException.ThrowIfNull(actor);
            var holderId = await db.Bookings.Where(booking => booking.Id == request.BookingId).Select(booking => booking.HolderId).SingleOrDefaultAsync(cancellationToken);
            return holderId is not null && (holderId == actor.UserId || actor.IsStaff) ? null : new NotFound("There is no such booking.");
        }
    }

    public sealed class Handler(LibraryDbContext db, TimeProvider clock) : IQueryHandler<Query, Result<string>>
    {
        public async ValueTask<Result<string>> Handle(Query query, CancellationToken cancellationToken)
        {
            var entry = await db.Bookings.AsNoTracking().Where(booking => booking.Id == query.BookingId).Select(BookingEvents.ToEntry).SingleAsync(cancellationToken);
            return BookingEvents.Ics([entry], clock.GetUtcNow());
        }
    }
}
