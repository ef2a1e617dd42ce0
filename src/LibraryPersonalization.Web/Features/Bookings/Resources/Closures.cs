using LibraryPersonalization.Domain.Bookings;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LibraryPersonalization.Web.Features.Bookings.Resources;

/// <summary>A resource's upcoming closed dates and, when a date is chosen, the bookings closing it would cancel.</summary>
public static class ClosurePage
{
    public sealed record Query(int ResourceId, DateOnly? Date, string? Reason, bool Everywhere) : IQuery<Result<Model>>, ILibrarianRequest
    {
        string ILibrarianRequest.Purpose => ResourceList.Purpose;
    }

    public sealed record Model(int ResourceId, string Name, string AllOfElement, bool Retired, DateOnly Today, IReadOnlyList<ClosureRow> Closures, Preview? Preview, IReadOnlyList<FieldError> Problems);

    public sealed record ClosureRow(int Id, string Date, string Reason);

    /// <summary>What confirming would do: which resources close and which bookings are cancelled.</summary>
    public sealed record Preview(AddClosure.Command Form, string Date, IReadOnlyList<string> Resources, IReadOnlyList<CancelledLine> Bookings, int Waiting);

    public sealed record CancelledLine(string Resource, string When, string Holder, string Status);

    public sealed class Handler(LibraryDbContext db, BookingEngine engine, IValidator<AddClosure.Command> validator) : IQueryHandler<Query, Result<Model>>
    {
        public async ValueTask<Result<Model>> Handle(Query query, CancellationToken cancellationToken)
        {
            var today = engine.Calendar.DateOf(engine.Now);
            var resource = await db.BookableResources.AsNoTracking()
                .Include(row => row.ClosedDates.Where(closed => closed.Date >= today).OrderBy(closed => closed.Date))
                .SingleOrDefaultAsync(row => row.Id == query.ResourceId, cancellationToken);
            if (resource is null)
            {
                return new NotFound("There is no such resource.");
            }

            var closures = resource.ClosedDates.Select(closed => new ClosureRow(closed.Id, Closing.Day(closed.Date), closed.Reason)).ToList();
            var model = new Model(resource.Id, resource.Name, Closing.AllOf(resource.Element), resource.Retired, today, closures, null, []);
            if (query.Date is not { } date)
            {
                return model;
            }

            var form = new AddClosure.Command { ResourceId = resource.Id, Date = date, Reason = query.Reason ?? string.Empty, Everywhere = query.Everywhere };
            var invalid = await validator.ValidateAsync(form, cancellationToken);
            if (!invalid.IsValid)
            {
                return model with { Problems = invalid.Errors.Select(error => new FieldError(error.PropertyName, error.ErrorMessage)).ToList() };
            }

            var plan = await Closing.PlanAsync(db, engine, resource, date, query.Everywhere, cancellationToken);
            if (plan.Failure is Invalid problem)
            {
                return model with { Problems = problem.Errors };
            }

            form.ExpectedCancellations = plan.Value!.Bookings.Count;
            return model with
            {
                Preview = new Preview(
                    form,
                    Closing.Day(date),
                    plan.Value.Resources.Select(closing => closing.Name).ToList(),
                    plan.Value.Bookings.Select(booking => new CancelledLine(
                        booking.Resource!.Name,
                        engine.Span(booking.Start, booking.End),
                        booking.ClassName is null ? booking.HolderName : $"{booking.HolderName} for {booking.ClassName}",
                        MyBookings.StatusText(booking.Status))).ToList(),
                    plan.Value.Waiting.Count),
            };
        }
    }
}

/// <summary>
/// Closes a date (holiday, exam day) for one resource or every open one of its element, cancels the upcoming bookings
/// and requests on it, and tells each holder why. Refused when the bookings changed since the librarian checked them.
/// </summary>
public static class AddClosure
{
    public sealed class Command : ICommand<Result<string>>, ILibrarianRequest
    {
        [BindNever]
        public int ResourceId { get; set; }

        public DateOnly Date { get; set; }
        public string Reason { get; set; } = string.Empty;
        public bool Everywhere { get; set; }

        /// <summary>How many bookings the confirmation page listed.</summary>
        public int ExpectedCancellations { get; set; }

        string ILibrarianRequest.Purpose => ResourceList.Purpose;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(command => command.Date).NotEmpty().WithMessage("Choose the date to close.");
            RuleFor(command => command.Reason).Must(reason => !string.IsNullOrWhiteSpace(reason))
                .WithMessage("Say why it is closed: everyone whose booking is cancelled is told.")
                .MaximumLength(200).WithMessage("Keep the reason to 200 characters.");
        }
    }

    public sealed class Handler(LibraryDbContext db, BookingEngine engine) : ICommandHandler<Command, Result<string>>
    {
        public async ValueTask<Result<string>> Handle(Command command, CancellationToken cancellationToken)
        {
            var resource = await db.BookableResources.AsNoTracking().SingleOrDefaultAsync(row => row.Id == command.ResourceId, cancellationToken);
            if (resource is null)
            {
                return new NotFound("There is no such resource.");
            }

            foreach (var id in await Closing.ScopeOf(db, resource, command.Everywhere).OrderBy(row => row.Id).Select(row => row.Id).ToListAsync(cancellationToken))
            {
                await engine.LockAsync(id, cancellationToken);
            }

            var planned = await Closing.PlanAsync(db, engine, resource, command.Date, command.Everywhere, cancellationToken);
            if (planned.Failure is not null)
            {
                return planned.Failure;
            }

            var (resources, bookings, waiting) = planned.Value!;
            if (bookings.Count != command.ExpectedCancellations)
            {
                return new Conflict($"The bookings on {Closing.Day(command.Date)} changed since you checked: {bookings.Count} would be cancelled now. Check the list below and confirm again.");
            }

            var reason = command.Reason.Trim();
            var now = engine.Now;
            db.ClosedDates.AddRange(resources.Select(closing => new ClosedDate { ResourceId = closing.Id, Date = command.Date, Reason = reason }));
            foreach (var booking in bookings)
            {
                booking.Status = BookingStatus.Cancelled;
                booking.StatusReason = reason;
                booking.DecidedAt = now;
                db.NotifyHolder(booking.HolderId, $"{booking.Resource!.Name} is closed on {Closing.Day(command.Date)}: {reason}. Your booking {engine.Span(booking.Start, booking.End)} is cancelled.", now);
            }

            foreach (var entry in waiting)
            {
                entry.Status = WaitlistStatus.Closed;
                db.NotifyHolder(entry.UserId, $"{entry.Resource!.Name} is closed on {Closing.Day(command.Date)}: {reason}. Your place on the waitlist for {engine.Span(entry.Start, entry.End)} has ended.", now);
            }

            var closed = resources.Count == 1 ? resources[0].Name : $"{resources.Count} {Closing.AllOf(resource.Element)}";
            var waitlist = waiting.Count switch
            {
                0 => string.Empty,
                1 => " 1 person waiting for a seat that day was told too.",
                _ => $" {waiting.Count} people waiting for a seat that day were told too.",
            };
            return $"{closed} closed on {Closing.Day(command.Date)}. {(bookings.Count == 1 ? "1 booking was" : $"{bookings.Count} bookings were")} cancelled and {(bookings.Count == 1 ? "its holder was" : "their holders were")} told why.{waitlist}";
        }
    }
}

/// <summary>Opens a closed date again. Bookings the closure cancelled stay cancelled: their holders were already told.</summary>
public static class RemoveClosure
{
    public sealed record Command(int ResourceId, int ClosureId) : ICommand<Result<string>>, ILibrarianRequest
    {
        string ILibrarianRequest.Purpose => ResourceList.Purpose;
    }

    public sealed class Handler(LibraryDbContext db) : ICommandHandler<Command, Result<string>>
    {
        public async ValueTask<Result<string>> Handle(Command command, CancellationToken cancellationToken)
        {
            var closure = await db.ClosedDates.SingleOrDefaultAsync(closed => closed.Id == command.ClosureId && closed.ResourceId == command.ResourceId, cancellationToken);
            if (closure is null)
            {
                return new NotFound("That closed date does not exist.");
            }

            db.ClosedDates.Remove(closure);
            return $"Open again on {Closing.Day(closure.Date)}. Bookings cancelled for the closure stay cancelled.";
        }
    }
}

internal static class Closing
{
    /// <summary>Bookings a closure cancels; checked-in and finished ones are history.</summary>
    private static readonly BookingStatus[] Cancellable = [BookingStatus.Requested, BookingStatus.Confirmed, BookingStatus.Offered];

    public sealed record Plan(IReadOnlyList<BookableResource> Resources, IReadOnlyList<Booking> Bookings, IReadOnlyList<WaitlistEntry> Waiting);

    public static string Day(DateOnly date) => date.ToString("dddd, MMMM d, yyyy", SchoolCulture.Formats);

    public static string AllOf(EcosystemElement element) => element == EcosystemElement.MediaLab ? "media-lab studios and stations" : "learning zones";

    /// <summary>The page's resource alone, or every resource of its element still offered (and the page's own).</summary>
    public static IQueryable<BookableResource> ScopeOf(LibraryDbContext db, BookableResource resource, bool everywhere) =>
        everywhere
            ? db.BookableResources.Where(row => row.Element == resource.Element && (!row.Retired || row.Id == resource.Id))
            : db.BookableResources.Where(row => row.Id == resource.Id);

    public static async Task<Result<Plan>> PlanAsync(LibraryDbContext db, BookingEngine engine, BookableResource resource, DateOnly date, bool everywhere, CancellationToken cancellationToken)
    {
        var now = engine.Now;
        if (date < engine.Calendar.DateOf(now))
        {
            return new Invalid(nameof(AddClosure.Command.Date), "Choose today or a later date: a day that has passed cannot be closed.");
        }

        var scope = await ScopeOf(db, resource, everywhere)
            .Include(row => row.ClosedDates.Where(closed => closed.Date == date))
            .OrderBy(row => row.Name)
            .ToListAsync(cancellationToken);
        var open = scope.Where(row => row.ClosureOn(date) is null).ToList();
        if (open.Count == 0)
        {
            return new Invalid(nameof(AddClosure.Command.Date), everywhere
                ? $"All {AllOf(resource.Element)} are already closed on {Day(date)}."
                : $"{resource.Name} is already closed on {Day(date)}: {scope[0].ClosureOn(date)!.Reason}.");
        }

        var ids = open.Select(row => row.Id).ToList();
        var (from, to) = (new DateTimeOffset(date.AddDays(-1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), new DateTimeOffset(date.AddDays(2).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        var nearby = await db.Bookings
            .Include(booking => booking.Resource)
            .Where(booking => ids.Contains(booking.ResourceId) && Cancellable.Contains(booking.Status) && booking.End > now && booking.Start < to && booking.End > from)
            .OrderBy(booking => booking.Start)
            .ToListAsync(cancellationToken);
        var waiting = await db.WaitlistEntries
            .Include(entry => entry.Resource)
            .Where(entry => ids.Contains(entry.ResourceId) && entry.Status == WaitlistStatus.Waiting && entry.End > now && entry.Start < to && entry.End > from)
            .OrderBy(entry => entry.Start)
            .ToListAsync(cancellationToken);
        return new Plan(
            open,
            nearby.Where(booking => engine.Calendar.DateOf(booking.Start) == date).ToList(),
            waiting.Where(entry => engine.Calendar.DateOf(entry.Start) == date).ToList());
    }
}
