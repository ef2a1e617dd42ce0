using LibraryPersonalization.Domain.Bookings;

namespace LibraryPersonalization.Web.Features.Bookings;

/// <summary>
/// Staff book the same time every week until a date. A preview lists each date with OK or why it cannot be booked;
/// saving books the free ones in one transaction under the resource's lock, each checked again, sharing one SeriesId.
/// </summary>
public static class BookSeries
{
    public const int MostWeeks = 26;

    public sealed class Command : ClassSlotCommand, ICommand<Result<string>>, IGatedRequest
    {
        public DateOnly? RepeatUntil { get; set; }

        public GatedAction Action => BookingArea.For(Element).Book;

        /// <summary>"every Tuesday, 10:00 AM to 11:00 AM" in school time.</summary>
        public string TimeText => $"every {Date.DayOfWeek}, {SchoolCulture.Clock(Start)} to {SchoolCulture.Clock(Start.AddMinutes(Minutes))}";

        /// <summary>The weekly dates from the first one to <see cref="RepeatUntil"/>, never more than <see cref="MostWeeks"/>.</summary>
        public IEnumerable<DateOnly> Dates() =>
            Enumerable.Range(0, MostWeeks).Select(week => Date.AddDays(7 * week)).TakeWhile(date => date <= (RepeatUntil ?? Date));

        public static Command Repeating(BookTime.Command first, DateOnly? until)
        {
            ArgumentNullException.ThrowIfNull(first);
            return new()
            {
                Element = first.Element,
                ResourceId = first.ResourceId,
                Date = first.Date,
                Start = first.Start,
                Minutes = first.Minutes,
                Note = first.Note,
                ClassName = first.ClassName,
                HeadCount = first.HeadCount,
                RepeatUntil = until,
            };
        }
    }

    public sealed class Validator : ClassSlotValidator<Command>
    {
        public Validator()
        {
            RuleFor(command => command.RepeatUntil).NotNull().WithMessage("Say until which date the booking repeats.");
            RuleFor(command => command.RepeatUntil)
                .Must((command, until) => until >= command.Date.AddDays(7)).WithMessage("Repeat until a date at least a week after the first one.")
                .Must((command, until) => until <= command.Date.AddDays(7 * (MostWeeks - 1))).WithMessage($"A weekly series runs for at most {MostWeeks} weeks.")
                .When(command => command.RepeatUntil is not null);
        }
    }

    /// <summary>What saving would book: each date with OK or the reason it cannot be booked. Nothing is written.</summary>
    public sealed record Preview(Command Plan) : IQuery<Result<PreviewModel>>, IGatedRequest
    {
        public GatedAction Action => BookingArea.For(Plan.Element).Book;
    }

    public sealed record PreviewModel(BookingArea Area, int ResourceId, string Name, Command Plan, IReadOnlyList<Line> Lines)
    {
        public int FreeCount => Lines.Count(line => line.Refusal is null);
    }

    public sealed record Line(string When, string? Refusal);

    public sealed class PreviewHandler(BookingEngine engine, CurrentActor currentActor, IValidator<Command> validator) : IQueryHandler<Preview, Result<PreviewModel>>
    {
        public async ValueTask<Result<PreviewModel>> Handle(Preview query, CancellationToken cancellationToken)
        {
            var plan = query.Plan;
            var invalid = await validator.ValidateAsync(plan, cancellationToken);
            if (!invalid.IsValid)
            {
                return new Invalid(invalid.Errors.Select(error => new FieldError(error.PropertyName, error.ErrorMessage)).ToList());
            }

            var actor = await currentActor.GetAsync(cancellationToken);
            if (StaffOnly(actor) is { } refused)
            {
                return refused;
            }

            var checkedPlan = await CheckAsync(engine, plan, actor, cancellationToken);
            if (checkedPlan.Failure is not null)
            {
                return checkedPlan.Failure;
            }

            var (resource, occurrences) = checkedPlan.Value;
            return new PreviewModel(BookingArea.For(resource.Element), resource.Id, resource.Name, plan, occurrences.Select(occurrence => new Line(occurrence.When, occurrence.Refusal)).ToList());
        }
    }

    public sealed class Handler(LibraryDbContext db, BookingEngine engine, CurrentActor currentActor) : ICommandHandler<Command, Result<string>>
    {
        public async ValueTask<Result<string>> Handle(Command command, CancellationToken cancellationToken)
        {
            var actor = await currentActor.GetAsync(cancellationToken);
            if (StaffOnly(actor) is { } refused)
            {
                return refused;
            }

            await engine.LockAsync(command.ResourceId, cancellationToken);
            var checkedPlan = await CheckAsync(engine, command, actor, cancellationToken);
            if (checkedPlan.Failure is not null)
            {
                return checkedPlan.Failure;
            }

            var (resource, occurrences) = checkedPlan.Value;
            var free = occurrences.Where(occurrence => occurrence.Refusal is null).ToList();
            var skipped = occurrences.Where(occurrence => occurrence.Refusal is not null).Select(occurrence => $"{occurrence.When}: {occurrence.Refusal}").ToList();
            if (free.Count == 0)
            {
                return new Conflict($"None of these dates can be booked any more. {string.Join(" ", skipped)}");
            }

            var forClass = !string.IsNullOrWhiteSpace(command.ClassName);
            var seriesId = Guid.NewGuid();
            db.Bookings.AddRange(free.Select(occurrence => new Booking
            {
                ResourceId = resource.Id,
                HolderId = actor.UserId,
                HolderName = actor.DisplayName,
                BookedById = actor.UserId,
                Start = occurrence.Start,
                End = occurrence.End,
                Seats = occurrence.Seats,
                ClassName = forClass ? command.ClassName!.Trim() : null,
                HeadCount = forClass ? command.HeadCount : null,
                Note = string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim(),
                Status = BookingStatus.Confirmed,
                CreatedAt = engine.Now,
                SeriesId = seriesId,
            }));
            var booked = $"{resource.Name} is booked {command.TimeText} on {free.Count} {(free.Count == 1 ? "date" : "dates")}: {string.Join(", ", free.Select(occurrence => occurrence.When))}.";
            return skipped.Count == 0 ? booked : $"{booked} Skipped, because they cannot be booked now: {string.Join("; ", skipped)}";
        }
    }

    private sealed record Occurrence(string When, DateTimeOffset Start, DateTimeOffset End, int Seats, string? Refusal);

    /// <summary>Students never see the weekly option; a post that forges it is refused before anything is read or locked.</summary>
    private static Forbidden? StaffOnly(Actor actor) => actor.IsStaff ? null : new Forbidden("Only staff book a time every week.");

    /// <summary>Each weekly date checked by every booking rule, as the staff member asking.</summary>
    private static async Task<Result<(BookableResource Resource, List<Occurrence> Occurrences)>> CheckAsync(BookingEngine engine, Command plan, Actor actor, CancellationToken cancellationToken)
    {
        if (await engine.FindAsync(plan.Element, plan.ResourceId, cancellationToken) is not { } resource)
        {
            return new NotFound($"There is no such {BookingArea.For(plan.Element).ResourceNoun}.");
        }

        var seats = string.IsNullOrWhiteSpace(plan.ClassName) ? 1 : resource.Seats;
        var occurrences = new List<Occurrence>();
        foreach (var date in plan.Dates())
        {
            var when = $"{date.ToString("ddd, MMM d", SchoolCulture.Formats)}";
            var times = engine.Times(date, plan.Start, plan.Minutes);
            if (times.Failure is not null)
            {
                occurrences.Add(new(when, default, default, seats, Reason(times.Failure)));
                continue;
            }

            var (start, end) = times.Value;
            var refusal = await engine.RefusalAsync(resource, new BookingAttempt(start, end, seats, ByStaff: true), Holder.Self(actor), replacing: null, cancellationToken);
            occurrences.Add(new(when, start, end, seats, refusal is null ? null : Reason(refusal)));
        }

        return (resource, occurrences);
    }

    private static string Reason(Failure failure) =>
        failure is Invalid invalid ? string.Join(" ", invalid.Errors.Select(error => error.Message)) : failure.Message;
}
