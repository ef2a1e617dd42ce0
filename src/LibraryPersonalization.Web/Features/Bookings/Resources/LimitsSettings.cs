using LibraryPersonalization.Domain.Bookings;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LibraryPersonalization.Web.Features.Bookings.Resources;

/// <summary>What each student may book per element, and how long check-in and waitlist offers stay open.</summary>
public static class LimitsSettings
{
    public const string Purpose = "set the booking limits";

    public sealed record Query : IQuery<Result<Model>>, ILibrarianRequest
    {
        string ILibrarianRequest.Purpose => LimitsSettings.Purpose;
    }

    public sealed record Model(IReadOnlyList<AreaLimits> Areas);

    public sealed record AreaLimits(BookingArea Area, SaveLimits.Command Form);

    public sealed class Handler(LibraryDbContext db) : IQueryHandler<Query, Result<Model>>
    {
        public async ValueTask<Result<Model>> Handle(Query query, CancellationToken cancellationToken)
        {
            var stored = await db.BookingLimits.AsNoTracking().ToListAsync(cancellationToken);
            return new Model(BookingArea.All
                .Select(area => new AreaLimits(area, SaveLimits.Command.From(stored.SingleOrDefault(limits => limits.Element == area.Element) ?? new BookingLimits { Element = area.Element })))
                .ToList());
        }
    }
}

public static class SaveLimits
{
    public sealed class Command : ICommand<Result<string>>, ILibrarianRequest
    {
        [BindNever]
        public EcosystemElement Element { get; set; }

        public int MaxHoursPerDay { get; set; }
        public int MaxHoursPerWeek { get; set; }
        public int MaxOpenBookings { get; set; }
        public int CheckInWindowMinutes { get; set; }
        public int ClaimMinutes { get; set; }

        string ILibrarianRequest.Purpose => LimitsSettings.Purpose;

        public static Command From(BookingLimits limits)
        {
            ArgumentNullException.ThrowIfNull(limits);
            return new()
            {
                Element = limits.Element,
                MaxHoursPerDay = limits.MaxHoursPerDay,
                MaxHoursPerWeek = limits.MaxHoursPerWeek,
                MaxOpenBookings = limits.MaxOpenBookings,
                CheckInWindowMinutes = limits.CheckInWindowMinutes,
                ClaimMinutes = limits.ClaimMinutes,
            };
        }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(command => command.Element).Must(element => BookingArea.All.Any(area => area.Element == element))
                .WithMessage("Only learning zones and the media lab have booking limits.");
            RuleFor(command => command.MaxHoursPerDay).InclusiveBetween(1, 24).WithMessage("Hours per day must be between 1 and 24.");
            RuleFor(command => command.MaxHoursPerWeek).InclusiveBetween(1, 168).WithMessage("Hours per week must be between 1 and 168.");
            RuleFor(command => command.MaxHoursPerWeek).GreaterThanOrEqualTo(command => command.MaxHoursPerDay)
                .When(command => command.MaxHoursPerWeek is >= 1 and <= 168)
                .WithMessage("Hours per week cannot be fewer than hours per day.");
            RuleFor(command => command.MaxOpenBookings).InclusiveBetween(1, 50).WithMessage("Upcoming bookings at once must be between 1 and 50.");
            RuleFor(command => command.CheckInWindowMinutes).InclusiveBetween(5, 120).WithMessage("The check-in window must be between 5 and 120 minutes.");
            RuleFor(command => command.ClaimMinutes).InclusiveBetween(5, 1440).WithMessage("The time to claim a waitlist offer must be between 5 and 1,440 minutes.");
        }
    }

    public sealed class Handler(LibraryDbContext db) : ICommandHandler<Command, Result<string>>
    {
        public async ValueTask<Result<string>> Handle(Command command, CancellationToken cancellationToken)
        {
            var limits = await db.BookingLimits.SingleOrDefaultAsync(row => row.Element == command.Element, cancellationToken);
            if (limits is null)
            {
                limits = new BookingLimits { Element = command.Element };
                db.BookingLimits.Add(limits);
            }

            limits.MaxHoursPerDay = command.MaxHoursPerDay;
            limits.MaxHoursPerWeek = command.MaxHoursPerWeek;
            limits.MaxOpenBookings = command.MaxOpenBookings;
            limits.CheckInWindowMinutes = command.CheckInWindowMinutes;
            limits.ClaimMinutes = command.ClaimMinutes;
            return $"{BookingArea.For(command.Element).Title} limits saved.";
        }
    }
}
