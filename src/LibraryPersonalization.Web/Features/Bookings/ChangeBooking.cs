using LibraryPersonalization.Domain.Bookings;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LibraryPersonalization.Web.Features.Bookings;

/// <summary>
/// The holder moves an upcoming booking or request to another date, start or length. Every rule is checked again
/// under the resource's lock, the booking itself not counted, so it may move onto part of its own old time.
/// A request stays a request. A confirmed booking stays confirmed only while its holder may still book directly;
/// otherwise the change is refused and the booking kept, rather than silently giving up a held seat for a request.
/// </summary>
public static class ChangeBooking
{
    public sealed record Query(int BookingId) : IQuery<Result<Model>>, IOwnerRequest;

    public sealed record Model(int BookingId, string Resource, string When, string Status, BookingFormPage Page)
    {
        public Model WithPosted(SlotCommand posted)
        {
            ArgumentNullException.ThrowIfNull(posted);
            return this with { Page = Page with { Form = new BookTime.Command { Date = posted.Date, Start = posted.Start, Minutes = posted.Minutes, Note = posted.Note } } };
        }
    }

    public sealed class Command : SlotCommand, ICommand<Result<string>>, IOwnerRequest
    {
        [BindNever]
        public int BookingId { get; set; }
    }

    public sealed class Validator : SlotValidator<Command>;

    /// <summary>Only the holder changes a booking; anyone else is told there is no such booking.</summary>
    public sealed class Ownership(LibraryDbContext db) : IOwnershipCheck<Query>, IOwnershipCheck<Command>
    {
        public ValueTask<Failure?> RefusalAsync(Query request, Actor actor, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(request);
            return RefusalAsync(request.BookingId, actor, cancellationToken);
        }

        public ValueTask<Failure?> RefusalAsync(Command request, Actor actor, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(request);
            return RefusalAsync(request.BookingId, actor, cancellationToken);
        }

        private async ValueTask<Failure?> RefusalAsync(int bookingId, Actor actor, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(actor);
            var holds = await db.Bookings.AnyAsync(booking => booking.Id == bookingId && booking.HolderId == actor.UserId, cancellationToken);
            return holds ? null : new NotFound("There is no such booking.");
        }
    }

    /// <summary>Only what has not started and still waits or holds its seats can move.</summary>
    public static bool IsChangeable(BookingStatus status, DateTimeOffset start, DateTimeOffset now) =>
        status is BookingStatus.Requested or BookingStatus.Confirmed && start > now;

    private const string NotChangeable = "This booking has started, ended or been cancelled, so it can no longer be changed.";

    public sealed class QueryHandler(LibraryDbContext db, BookingEngine engine, CurrentActor currentActor, EcosystemVolumes volumes) : IQueryHandler<Query, Result<Model>>
    {
        public async ValueTask<Result<Model>> Handle(Query query, CancellationToken cancellationToken)
        {
            var booking = await db.Bookings.AsNoTracking().Include(row => row.Resource).SingleAsync(row => row.Id == query.BookingId, cancellationToken);
            if (!IsChangeable(booking.Status, booking.Start, engine.Now))
            {
                return new Conflict(NotChangeable);
            }

            var resource = (await engine.FindAsync(booking.Resource!.Element, booking.ResourceId, cancellationToken))!;
            var actor = await currentActor.GetAsync(cancellationToken);
            var info = BookingForm.Describe(resource, actor, await AreaPermissions.ForAsync(volumes, BookingArea.For(resource.Element), actor, cancellationToken), engine.Calendar.DateOf(engine.Now));
            var form = new BookTime.Command
            {
                Date = engine.Calendar.DateOf(booking.Start),
                Start = engine.Calendar.TimeOf(booking.Start),
                Minutes = (int)(booking.End - booking.Start).TotalMinutes,
                Note = booking.Note,
            };
            return new Model(booking.Id, resource.Name, engine.Span(booking.Start, booking.End), MyBookings.StatusText(booking.Status), new BookingFormPage(info, form));
        }
    }

    public sealed class Handler(LibraryDbContext db, BookingEngine engine, CurrentActor currentActor, EcosystemVolumes volumes, WaitlistOffers offers) : ICommandHandler<Command, Result<string>>
    {
        public async ValueTask<Result<string>> Handle(Command command, CancellationToken cancellationToken)
        {
            var target = await db.Bookings.Where(row => row.Id == command.BookingId).Select(row => new { row.ResourceId, row.Resource!.Element }).SingleAsync(cancellationToken);
            await engine.LockAsync(target.ResourceId, cancellationToken);
            var booking = await db.Bookings.SingleAsync(row => row.Id == command.BookingId, cancellationToken);
            if (!IsChangeable(booking.Status, booking.Start, engine.Now))
            {
                return new Conflict(NotChangeable);
            }

            var resource = (await engine.FindAsync(target.Element, target.ResourceId, cancellationToken))!;
            var area = BookingArea.For(resource.Element);
            var actor = await currentActor.GetAsync(cancellationToken);
            var (mayBook, mayRequest) = await AreaPermissions.ForAsync(volumes, area, actor, cancellationToken);
            if (booking.Status == BookingStatus.Confirmed && !mayBook)
            {
                return new Conflict($"You can no longer book {area.Title.ToLowerInvariant()} directly, so this booking cannot move. Keep it, or cancel it and ask for the new time instead.");
            }

            if (booking.Status == BookingStatus.Requested && !mayBook && !mayRequest)
            {
                return new Conflict($"You can no longer ask for {area.Title.ToLowerInvariant()} times, so this request cannot move.");
            }

            var times = engine.Times(command.Date, command.Start, command.Minutes);
            if (times.Failure is not null)
            {
                return times.Failure;
            }

            var (start, end) = times.Value;
            var attempt = new BookingAttempt(start, end, booking.Seats, actor.IsStaff);
            if (await engine.RefusalAsync(resource, attempt, Holder.Self(actor), replacing: booking.Id, cancellationToken) is { } refusal)
            {
                return refusal;
            }

            var before = engine.Span(booking.Start, booking.End);
            (booking.Start, booking.End) = (start, end);
            booking.Note = string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim();
            if (booking.HoldsSeats)
            {
                // The seat it held at the old time is free now: the first person waiting for that time is offered it.
                await offers.OfferFreedSeatsAsync(resource, engine.Now, cancellationToken);
            }

            return $"Moved {resource.Name} from {before} to {engine.Span(start, end)}.{(booking.Status == BookingStatus.Requested ? " It still waits for approval." : "")}";
        }
    }
}
