using LibraryPersonalization.Domain.Bookings;

namespace LibraryPersonalization.Web.Features.Bookings;

/// <summary>The signed-in person's bookings and requests in every area: upcoming first, then the past, a page at a time.</summary>
public static class MyBookings
{
    public sealed record Query(int Page) : IQuery<Result<Model>>, ISignedInRequest;

    public sealed record Model(IReadOnlyList<Line> Upcoming, Page<Line> Past, IReadOnlyList<Waiting> Waitlist);

    /// <summary><paramref name="ClaimBy"/> is set for a seat offered from the waitlist; <paramref name="CheckInUrl"/> while check-in or moving is possible.</summary>
    public sealed record Line(int Id, string Area, string AreaPath, int ResourceId, string Resource, string When, string Status, string? Reason, string? ClassName, int? HeadCount, bool CanCancel, bool CanChange, string? ClaimBy = null, string? CheckInUrl = null);

    public sealed record Waiting(int Id, string Resource, string When);

    public sealed class Handler(LibraryDbContext db, CurrentActor currentActor, BookingEngine engine, EcosystemVolumes volumes) : IQueryHandler<Query, Result<Model>>
    {
        public async ValueTask<Result<Model>> Handle(Query query, CancellationToken cancellationToken)
        {
            var actor = await currentActor.GetAsync(cancellationToken);
            var now = engine.Now;
            var checkInAreas = new HashSet<EcosystemElement>();
            foreach (var area in BookingArea.All)
            {
                if ((await volumes.DecideAsync(area.CheckIn, actor, cancellationToken)).IsAllowed)
                {
                    checkInAreas.Add(area.Element);
                }
            }

            var waiting = await db.WaitlistEntries.AsNoTracking()
                .Where(entry => entry.UserId == actor.UserId && entry.Status == WaitlistStatus.Waiting && entry.End > now)
                .OrderBy(entry => entry.Start)
                .Select(entry => new { entry.Id, entry.Resource!.Name, entry.Start, entry.End })
                .ToListAsync(cancellationToken);
            var mine = db.Bookings.AsNoTracking().Where(booking => booking.HolderId == actor.UserId);
            var upcoming = await Lines(mine.Where(booking => booking.End > now && Booking.Upcoming.Contains(booking.Status)).OrderBy(booking => booking.Start))
                .ToListAsync(cancellationToken);
            var pastQuery = mine.Where(booking => booking.End <= now || !Booking.Upcoming.Contains(booking.Status));
            var pastCount = await pastQuery.CountAsync(cancellationToken);
            var past = await Lines(pastQuery.OrderByDescending(booking => booking.Start).PageOf(query.Page))
                .ToListAsync(cancellationToken);
            return new Model(
                upcoming.Select(row => Show(row, now, checkInAreas)).ToList(),
                new Page<Line>(past.Select(row => Show(row, now, checkInAreas)).ToList(), query.Page, Paging.DefaultPageSize, pastCount),
                waiting.Select(entry => new Waiting(entry.Id, entry.Name, engine.Span(entry.Start, entry.End))).ToList());
        }

        private static IQueryable<Row> Lines(IQueryable<Booking> bookings) =>
            bookings.Select(booking => new Row(booking.Id, booking.Resource!.Element, booking.ResourceId, booking.Resource.Name, booking.Start, booking.End, booking.Status, booking.StatusReason, booking.ClassName, booking.HeadCount, booking.OfferExpiresAt));

        private Line Show(Row row, DateTimeOffset now, HashSet<EcosystemElement> checkInAreas)
        {
            var area = BookingArea.For(row.Element);
            var offered = row.Status == BookingStatus.Offered && row.End > now;
            var checkInOpen = checkInAreas.Contains(row.Element) && row.Status is BookingStatus.Confirmed or BookingStatus.CheckedIn
                && row.Start.AddMinutes(-CheckInWindow.EarlyMinutes) <= now && now < row.End;
            return new Line(
                row.Id, area.Title, area.Path, row.ResourceId, row.Resource, engine.Span(row.Start, row.End), StatusText(row.Status), row.Reason, row.ClassName, row.HeadCount,
                row.End > now && Booking.Upcoming.Contains(row.Status) && !offered,
                !offered && ChangeBooking.IsChangeable(row.Status, row.Start, now),
                offered && row.OfferExpiresAt is { } claimBy ? engine.TimeOfDay(claimBy) : null,
                checkInOpen ? $"{area.Path}/{row.ResourceId}/check-in" : null);
        }
    }

    public static string StatusText(BookingStatus status) => status switch
    {
        BookingStatus.Requested => "Waiting for approval",
        BookingStatus.Confirmed => "Booked",
        BookingStatus.CheckedIn => "Checked in",
        BookingStatus.Offered => "Seat offered to you: claim it",
        BookingStatus.Cancelled => "Cancelled",
        BookingStatus.Declined => "Declined",
        BookingStatus.NoShow => "No-show",
        _ => "Offer expired",
    };

    private sealed record Row(int Id, EcosystemElement Element, int ResourceId, string Resource, DateTimeOffset Start, DateTimeOffset End, BookingStatus Status, string? Reason, string? ClassName, int? HeadCount, DateTimeOffset? OfferExpiresAt);
}

/// <summary>The holder (or staff) cancels an upcoming booking or request, saying why; its seats free up at once.</summary>
public static class CancelBooking
{
    public sealed class Command : ICommand<Result<string>>, IOwnerRequest
    {
        [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
        public int BookingId { get; set; }

        public string Reason { get; set; } = string.Empty;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(command => command.Reason).Must(reason => !string.IsNullOrWhiteSpace(reason)).WithMessage("Say why you are cancelling.").MaximumLength(500);
    }

    public sealed class Ownership(LibraryDbContext db) : IOwnershipCheck<Command>
    {
        public async ValueTask<Failure?> RefusalAsync(Command request, Actor actor, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(request);
            ArgumentNullException.ThrowIfNull(actor);
            var holderId = await db.Bookings.Where(booking => booking.Id == request.BookingId).Select(booking => booking.HolderId).SingleOrDefaultAsync(cancellationToken);
            return holderId is not null && (holderId == actor.UserId || actor.Role == LibraryRole.Librarian) ? null : new NotFound("There is no such booking.");
        }
    }

    public sealed class Handler(LibraryDbContext db, BookingEngine engine, CurrentActor currentActor, WaitlistOffers offers) : ICommandHandler<Command, Result<string>>
    {
        public async ValueTask<Result<string>> Handle(Command command, CancellationToken cancellationToken)
        {
            await engine.LockAsync(await db.Bookings.Where(row => row.Id == command.BookingId).Select(row => row.ResourceId).SingleAsync(cancellationToken), cancellationToken);
            var booking = await db.Bookings.Include(row => row.Resource).SingleAsync(row => row.Id == command.BookingId, cancellationToken);
            if (!Booking.Upcoming.Contains(booking.Status) || booking.End <= engine.Now)
            {
                return new Conflict("This booking is already over or cancelled.");
            }

            var actor = await currentActor.GetAsync(cancellationToken);
            var freesSeats = booking.HoldsSeats;
            if (booking.Status == BookingStatus.Offered)
            {
                await offers.CloseOfferAsync(booking, WaitlistStatus.Left, cancellationToken);
            }

            booking.Status = BookingStatus.Cancelled;
            booking.StatusReason = command.Reason.Trim();
            if (booking.HolderId != actor.UserId)
            {
                db.NotifyHolder(booking.HolderId, $"{actor.DisplayName} cancelled your booking of {booking.Resource!.Name}, {engine.Span(booking.Start, booking.End)}: {booking.StatusReason}", engine.Now);
            }

            if (freesSeats)
            {
                await offers.OfferFreedSeatsAsync(booking.Resource!, engine.Now, cancellationToken);
            }

            return $"Cancelled {booking.Resource!.Name}, {engine.Span(booking.Start, booking.End)}.";
        }
    }
}
