using LibraryPersonalization.Domain.Bookings;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LibraryPersonalization.Web.Features.Bookings;

/// <summary>
/// Hands freed seats to the people waiting for them. Cancelling, declining an offer, a no-show release and an expired
/// offer all end here, inside the caller's transaction and under the resource's lock the caller already holds.
/// </summary>
public sealed class WaitlistOffers(LibraryDbContext db, BookingEngine engine)
{
    /// <summary>
    /// Offers each free seat of <paramref name="resource"/> to the longest-waiting person whose time it fits and has not
    /// ended: an Offered booking holds the seat until they claim it or the claim time runs out.
    /// </summary>
    public async Task<int> OfferFreedSeatsAsync(BookableResource resource, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resource);
        await db.SaveChangesAsync(cancellationToken);
        var limits = await engine.LimitsAsync(resource.Element, cancellationToken);
        var waiting = await db.WaitlistEntries
            .Where(entry => entry.ResourceId == resource.Id && entry.Status == WaitlistStatus.Waiting && entry.End > now)
            .OrderBy(entry => entry.JoinedAt).ThenBy(entry => entry.Id)
            .ToListAsync(cancellationToken);
        var offered = 0;
        foreach (var entry in waiting)
        {
            if (await engine.SeatRefusalAsync(resource, new BookingAttempt(entry.Start, entry.End, 1, ByStaff: false), replacing: null, cancellationToken) is not null)
            {
                continue;
            }

            var claimBy = new[] { now.AddMinutes(limits.ClaimMinutes), entry.End }.Min();
            var offer = new Booking
            {
                ResourceId = resource.Id,
                HolderId = entry.UserId,
                HolderName = entry.UserName,
                BookedById = entry.UserId,
                Start = entry.Start,
                End = entry.End,
                Status = BookingStatus.Offered,
                OfferExpiresAt = claimBy,
                CreatedAt = now,
            };
            db.Bookings.Add(offer);
            await db.SaveChangesAsync(cancellationToken);
            entry.Status = WaitlistStatus.Offered;
            entry.OfferedBookingId = offer.Id;
            Notify(entry.UserId, $"A seat in {resource.Name} freed up for {engine.Span(entry.Start, entry.End)}: claim it by {engine.TimeOfDay(claimBy)} on My bookings.", now);
            offered++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return offered;
    }

    /// <summary>Closes the waitlist entry an offered seat was made for, once the offer is claimed, declined or expired.</summary>
    public async Task CloseOfferAsync(Booking offer, WaitlistStatus outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(offer);
        if (await db.WaitlistEntries.SingleOrDefaultAsync(entry => entry.OfferedBookingId == offer.Id, cancellationToken) is { } entry)
        {
            entry.Status = outcome;
        }
    }

    public void Notify(string userId, string message, DateTimeOffset now) =>
        db.NotifyHolder(userId, message, now);
}

/// <summary>Joins the waitlist of a full slot: only people who could book it directly, once per slot, and only while it is full.</summary>
public static class JoinWaitlist
{
    public sealed class Command : SlotTime, ICommand<Result<string>>, IGatedRequest
    {
        public GatedAction Action => BookingArea.For(Element).Book;
    }

    public sealed class Validator : SlotTimeValidator<Command>;

    public sealed class Handler(LibraryDbContext db, BookingEngine engine, CurrentActor currentActor) : ICommandHandler<Command, Result<string>>
    {
        public async ValueTask<Result<string>> Handle(Command command, CancellationToken cancellationToken)
        {
            var actor = await currentActor.GetAsync(cancellationToken);
            if (await engine.FindAsync(command.Element, command.ResourceId, cancellationToken) is not { } resource)
            {
                return new NotFound($"There is no such {BookingArea.For(command.Element).ResourceNoun}.");
            }

            var times = engine.Times(command.Date, command.Start, command.Minutes);
            if (times.Failure is not null)
            {
                return times.Failure;
            }

            var (start, end) = times.Value;
            await engine.LockAsync(resource.Id, cancellationToken);
            if (await db.WaitlistEntries.AnyAsync(
                entry => entry.UserId == actor.UserId && entry.ResourceId == resource.Id && (entry.Status == WaitlistStatus.Waiting || entry.Status == WaitlistStatus.Offered)
                    && entry.Start < end && start < entry.End,
                cancellationToken))
            {
                return new Conflict($"You are already on the waitlist for {resource.Name} at that time.");
            }

            switch (await engine.RefusalAsync(resource, new BookingAttempt(start, end, 1, actor.IsStaff), Holder.Self(actor), replacing: null, cancellationToken))
            {
                case null:
                    return new Conflict($"A seat in {resource.Name} is free at that time: book it instead of waiting.");
                case Conflict:
                    break;
                case var refusal:
                    return refusal;
            }

            db.WaitlistEntries.Add(new WaitlistEntry
            {
                ResourceId = resource.Id,
                UserId = actor.UserId,
                UserName = actor.DisplayName,
                Start = start,
                End = end,
                JoinedAt = engine.Now,
                Status = WaitlistStatus.Waiting,
            });
            return $"You are on the waitlist for {resource.Name}, {engine.Span(start, end)}. If a seat frees up you will be told and can claim it.";
        }
    }
}

/// <summary>Whether a time the booking form was refused for is full, so the form can offer its waitlist instead.</summary>
public static class FullSlot
{
    public sealed record Query(EcosystemElement Element, int ResourceId, DateOnly Date, TimeOnly Start, int Minutes) : IQuery<Result<bool>>, IGatedRequest
    {
        public GatedAction Action => BookingArea.For(Element).Book;
    }

    public sealed class Handler(BookingEngine engine) : IQueryHandler<Query, Result<bool>>
    {
        public async ValueTask<Result<bool>> Handle(Query query, CancellationToken cancellationToken)
        {
            if (await engine.FindAsync(query.Element, query.ResourceId, cancellationToken) is not { Retired: false } resource
                || engine.Times(query.Date, query.Start, query.Minutes) is not { Failure: null } times
                || times.Value.Start <= engine.Now)
            {
                return false;
            }

            return await engine.SeatRefusalAsync(resource, new BookingAttempt(times.Value.Start, times.Value.End, 1, ByStaff: false), replacing: null, cancellationToken) is not null;
        }
    }
}

/// <summary>The person a freed seat was offered to claims it (while the offer lasts) or declines it for the next in line.</summary>
public static class AnswerOffer
{
    public sealed class Command : ICommand<Result<string>>, IOwnerRequest
    {
        [BindNever]
        public int BookingId { get; set; }

        public bool Claim { get; set; }
    }

    public sealed class Ownership(LibraryDbContext db) : IOwnershipCheck<Command>
    {
        public async ValueTask<Failure?> RefusalAsync(Command request, Actor actor, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(request);
            ArgumentNullException.ThrowIfNull(actor);
            return await db.Bookings.AnyAsync(booking => booking.Id == request.BookingId && booking.HolderId == actor.UserId, cancellationToken)
                ? null
                : new NotFound("There is no such offer.");
        }
    }

    public sealed class Handler(LibraryDbContext db, BookingEngine engine, WaitlistOffers offers) : ICommandHandler<Command, Result<string>>
    {
        public async ValueTask<Result<string>> Handle(Command command, CancellationToken cancellationToken)
        {
            var resourceId = await db.Bookings.Where(row => row.Id == command.BookingId).Select(row => row.ResourceId).SingleAsync(cancellationToken);
            await engine.LockAsync(resourceId, cancellationToken);
            var offer = await db.Bookings.Include(row => row.Resource).SingleAsync(row => row.Id == command.BookingId, cancellationToken);
            var now = engine.Now;
            if (offer.Status != BookingStatus.Offered)
            {
                return new Conflict("This seat is no longer offered to you.");
            }

            var what = $"{offer.Resource!.Name}, {engine.Span(offer.Start, offer.End)}";
            if (!command.Claim)
            {
                offer.Status = BookingStatus.Cancelled;
                offer.StatusReason = "You declined the offered seat.";
                await offers.CloseOfferAsync(offer, WaitlistStatus.Left, cancellationToken);
                await offers.OfferFreedSeatsAsync(offer.Resource, now, cancellationToken);
                return $"You declined the seat in {what}; it goes to the next person waiting.";
            }

            if (offer.OfferExpiresAt <= now)
            {
                return new Conflict($"This offer ended at {engine.TimeOfDay(offer.OfferExpiresAt!.Value)}: the seat goes to the next person waiting.");
            }

            offer.Status = BookingStatus.Confirmed;
            offer.DecidedAt = now;
            await offers.CloseOfferAsync(offer, WaitlistStatus.Claimed, cancellationToken);
            return $"The seat is yours: {what}.";
        }
    }
}

/// <summary>Leaves a waitlist one no longer wants to be on.</summary>
public static class LeaveWaitlist
{
    public sealed class Command : ICommand<Result<string>>, IOwnerRequest
    {
        [BindNever]
        public int EntryId { get; set; }
    }

    public sealed class Ownership(LibraryDbContext db) : IOwnershipCheck<Command>
    {
        public async ValueTask<Failure?> RefusalAsync(Command request, Actor actor, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(request);
            ArgumentNullException.ThrowIfNull(actor);
            return await db.WaitlistEntries.AnyAsync(entry => entry.Id == request.EntryId && entry.UserId == actor.UserId, cancellationToken)
                ? null
                : new NotFound("You are on no such waitlist.");
        }
    }

    public sealed class Handler(LibraryDbContext db, BookingEngine engine) : ICommandHandler<Command, Result<string>>
    {
        public async ValueTask<Result<string>> Handle(Command command, CancellationToken cancellationToken)
        {
            var entry = await db.WaitlistEntries.Include(row => row.Resource).SingleAsync(row => row.Id == command.EntryId, cancellationToken);
            if (entry.Status != WaitlistStatus.Waiting)
            {
                return new Conflict("You are no longer waiting for this time.");
            }

            entry.Status = WaitlistStatus.Left;
            return $"You left the waitlist for {entry.Resource!.Name}, {engine.Span(entry.Start, entry.End)}.";
        }
    }
}
