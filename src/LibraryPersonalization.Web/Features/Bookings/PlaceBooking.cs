using LibraryPersonalization.Domain.Bookings;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LibraryPersonalization.Web.Features.Bookings;

/// <summary>The time a form names, in school time; the controller sets the element and resource, never the form.</summary>
public abstract class SlotTime
{
    [BindNever]
    public EcosystemElement Element { get; set; }

    [BindNever]
    public int ResourceId { get; set; }

    public DateOnly Date { get; set; }
    public TimeOnly Start { get; set; }
    public int Minutes { get; set; }
}

/// <summary>The time a booking form asks for, with a note for staff.</summary>
public abstract class SlotCommand : SlotTime
{
    public string? Note { get; set; }
}

public abstract class SlotTimeValidator<T> : AbstractValidator<T>
    where T : SlotTime
{
    protected SlotTimeValidator()
    {
        RuleFor(command => command.Date).NotEmpty().WithMessage("Choose a date.");
        RuleFor(command => command.Minutes).InclusiveBetween(1, 12 * 60).WithMessage("Choose how long you need it.");
    }
}

public abstract class SlotValidator<T> : SlotTimeValidator<T>
    where T : SlotCommand
{
    protected SlotValidator() => RuleFor(command => command.Note).MaximumLength(500);
}

/// <summary>A time staff may book for a whole class, naming it and how many come.</summary>
public abstract class ClassSlotCommand : SlotCommand
{
    public string? ClassName { get; set; }
    public int? HeadCount { get; set; }
}

public abstract class ClassSlotValidator<T> : SlotValidator<T>
    where T : ClassSlotCommand
{
    protected ClassSlotValidator()
    {
        RuleFor(command => command.ClassName).MaximumLength(100);
        RuleFor(command => command.HeadCount).InclusiveBetween(1, 500).WithMessage("A class has between 1 and 500 people.");
        RuleFor(command => command.HeadCount).NotNull().When(command => !string.IsNullOrWhiteSpace(command.ClassName)).WithMessage("Say how many people come with the class.");
        RuleFor(command => command.ClassName).NotEmpty().When(command => command.HeadCount is not null).WithMessage("Name the class you are booking for.");
    }
}

public sealed record Placed(int BookingId, string Message);

/// <summary>Books seats at once: students when the volume allows it, staff always, for themselves or for a class.</summary>
public static class BookTime
{
    public sealed class Command : ClassSlotCommand, ICommand<Result<Placed>>, IGatedRequest
    {
        public GatedAction Action => BookingArea.For(Element).Book;
    }

    public sealed class Validator : ClassSlotValidator<Command>;

    public sealed class Handler(LibraryDbContext db, BookingEngine engine, CurrentActor currentActor) : ICommandHandler<Command, Result<Placed>>
    {
        public async ValueTask<Result<Placed>> Handle(Command command, CancellationToken cancellationToken)
        {
            var actor = await currentActor.GetAsync(cancellationToken);
            var forClass = !string.IsNullOrWhiteSpace(command.ClassName);
            if (forClass && !actor.IsStaff)
            {
                return new Invalid(nameof(Command.ClassName), "Only staff book for a whole class.");
            }

            return await Placement.PlaceAsync(db, engine, command, actor, BookingStatus.Confirmed, forClass ? command.ClassName!.Trim() : null, forClass ? command.HeadCount : null, cancellationToken);
        }
    }
}

/// <summary>Asks for a time that staff (or, for the media lab, a student expert) approve; it holds no seat until then.</summary>
public static class RequestTime
{
    public sealed class Command : SlotCommand, ICommand<Result<Placed>>, IGatedRequest
    {
        public GatedAction Action => BookingArea.For(Element).Request;
    }

    public sealed class Validator : SlotValidator<Command>;

    public sealed class Handler(LibraryDbContext db, BookingEngine engine, CurrentActor currentActor) : ICommandHandler<Command, Result<Placed>>
    {
        public async ValueTask<Result<Placed>> Handle(Command command, CancellationToken cancellationToken) =>
            await Placement.PlaceAsync(db, engine, command, await currentActor.GetAsync(cancellationToken), BookingStatus.Requested, null, null, cancellationToken);
    }
}

internal static class Placement
{
    public static async Task<Result<Placed>> PlaceAsync(
        LibraryDbContext db, BookingEngine engine, SlotCommand command, Actor actor, BookingStatus status, string? className, int? headCount, CancellationToken cancellationToken)
    {
        if (await engine.LockAndFindAsync(command.Element, command.ResourceId, cancellationToken) is not { } resource)
        {
            return new NotFound($"There is no such {BookingArea.For(command.Element).ResourceNoun}.");
        }

        var times = engine.Times(command.Date, command.Start, command.Minutes);
        if (times.Failure is not null)
        {
            return times.Failure;
        }

        var (start, end) = times.Value;
        var attempt = new BookingAttempt(start, end, className is null ? 1 : resource.Seats, actor.IsStaff);
        if (await engine.RefusalAsync(resource, attempt, Holder.Self(actor), replacing: null, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var booking = new Booking
        {
            ResourceId = resource.Id,
            HolderId = actor.UserId,
            HolderName = actor.DisplayName,
            BookedById = actor.UserId,
            Start = start,
            End = end,
            Seats = attempt.Seats,
            ClassName = className,
            HeadCount = headCount,
            Note = string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim(),
            Status = status,
            CreatedAt = engine.Now,
        };
        db.Bookings.Add(booking);
        await db.SaveChangesAsync(cancellationToken);
        var when = engine.Span(start, end);
        return new Placed(booking.Id, status == BookingStatus.Requested
            ? $"You asked for {resource.Name}, {when}. It is not booked until staff approve it; you will be told."
            : $"{resource.Name} is booked for {(className is null ? "you" : className)}, {when}.");
    }
}
