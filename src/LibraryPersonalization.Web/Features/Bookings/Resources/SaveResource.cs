using LibraryPersonalization.Domain.Bookings;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LibraryPersonalization.Web.Features.Bookings.Resources;

/// <summary>The form for a new resource (defaults for its element) or an existing one (as stored).</summary>
public static class ResourceEditor
{
    public sealed record Query(int? ResourceId, EcosystemElement Element) : IQuery<Result<Model>>, ILibrarianRequest
    {
        string ILibrarianRequest.Purpose => ResourceList.Purpose;
    }

    public sealed record Model(BookingArea Area, int? ResourceId, bool Retired, SaveResource.Command Form);

    public sealed class Handler(LibraryDbContext db) : IQueryHandler<Query, Result<Model>>
    {
        public async ValueTask<Result<Model>> Handle(Query query, CancellationToken cancellationToken)
        {
            if (query.ResourceId is not { } id)
            {
                return BookingArea.All.FirstOrDefault(area => area.Element == query.Element) is { } area
                    ? new Model(area, null, false, SaveResource.Command.Defaults(area.Element))
                    : new NotFound("Only learning zones and media-lab studios are booked.");
            }

            var resource = await db.BookableResources.AsNoTracking().Include(row => row.Hours).SingleOrDefaultAsync(row => row.Id == id, cancellationToken);
            return resource is null
                ? new NotFound("There is no such resource.")
                : new Model(BookingArea.For(resource.Element), resource.Id, resource.Retired, SaveResource.Command.From(resource));
        }
    }
}

/// <summary>Creates a learning zone or media-lab studio, or changes one: what it is for, seats, booking steps and weekly hours.</summary>
public static class SaveResource
{
    public sealed class Command : ICommand<Result<int>>, ILibrarianRequest
    {
        /// <summary>Null for a new resource; set by the controller from the route, never by the form.</summary>
        [BindNever]
        public int? ResourceId { get; set; }

        /// <summary>The element a new resource joins, from the page address; an existing resource keeps its own.</summary>
        [BindNever]
        public EcosystemElement Element { get; set; }

        public string Name { get; set; } = string.Empty;
        public string Purpose { get; set; } = string.Empty;
        public int Seats { get; set; }
        public int SlotMinutes { get; set; }
        public int LongestBookingMinutes { get; set; }
        public int BookingWindowDays { get; set; }
        public int LeadTimeMinutes { get; set; }
        public int BufferMinutes { get; set; }
        public List<DayHours> Days { get; set; } = [];

        string ILibrarianRequest.Purpose => ResourceList.Purpose;

        public static Command Defaults(EcosystemElement element) => new()
        {
            Element = element,
            Seats = 1,
            SlotMinutes = 30,
            LongestBookingMinutes = 120,
            BookingWindowDays = 14,
            Days = WeekHours.SchoolWeek.Select(day => new DayHours
            {
                Day = day,
                Open = day is not (DayOfWeek.Saturday or DayOfWeek.Sunday),
                Opens = new TimeOnly(7, 30),
                Closes = new TimeOnly(16, 30),
            }).ToList(),
        };

        public static Command From(BookableResource resource)
        {
            ArgumentNullException.ThrowIfNull(resource);
            return new()
            {
                ResourceId = resource.Id,
                Element = resource.Element,
                Name = resource.Name,
                Purpose = resource.Purpose,
                Seats = resource.Seats,
                SlotMinutes = resource.SlotMinutes,
                LongestBookingMinutes = resource.LongestBookingMinutes,
                BookingWindowDays = resource.BookingWindowDays,
                LeadTimeMinutes = resource.LeadTimeMinutes,
                BufferMinutes = resource.BufferMinutes,
                Days = WeekHours.SchoolWeek.Select(day => resource.HoursOn(day) is { } hours
                    ? new DayHours { Day = day, Open = true, Opens = hours.Opens, Closes = hours.Closes }
                    : new DayHours { Day = day }).ToList(),
            };
        }
    }

    /// <summary>One weekday of the form: open or closed, and from when to when in school time.</summary>
    public sealed class DayHours
    {
        public DayOfWeek Day { get; set; }
        public bool Open { get; set; }
        public TimeOnly? Opens { get; set; }
        public TimeOnly? Closes { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(command => command.Element).Must(element => BookingArea.All.Any(area => area.Element == element)).When(command => command.ResourceId is null)
                .WithMessage("Only learning zones and media-lab studios are booked.");
            RuleFor(command => command.Name).Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage("Name it.").MaximumLength(100)
                .WithMessage("Keep the name to 100 characters.");
            RuleFor(command => command.Purpose).Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage("Say what it is for, so people pick the right one.")
                .MaximumLength(1000).WithMessage("Keep the purpose to 1,000 characters.");
            RuleFor(command => command.Seats).InclusiveBetween(1, 500).WithMessage("Seats must be between 1 and 500.");
            RuleFor(command => command.SlotMinutes).InclusiveBetween(5, 240).WithMessage("The slot length must be between 5 and 240 minutes.");
            RuleFor(command => command.LongestBookingMinutes)
                .Must((command, longest) => longest >= command.SlotMinutes && longest <= 12 * 60 && command.SlotMinutes > 0 && longest % command.SlotMinutes == 0)
                .WithMessage(command => $"The longest booking must be a whole number of {command.SlotMinutes}-minute slots, at most 720 minutes.");
            RuleFor(command => command.BookingWindowDays).InclusiveBetween(0, 365).WithMessage("The booking window must be between 0 and 365 days.");
            RuleFor(command => command.LeadTimeMinutes).InclusiveBetween(0, 14 * 24 * 60).WithMessage("The lead time must be between 0 and 20,160 minutes (two weeks).");
            RuleFor(command => command.BufferMinutes).InclusiveBetween(0, 240).WithMessage("The buffer must be between 0 and 240 minutes.");
            RuleFor(command => command.Days).Must(days => days is { Count: 7 } && days.Select(day => day.Day).Distinct().Count() == 7)
                .WithMessage("Give the hours of each of the seven weekdays.");
            RuleForEach(command => command.Days).ChildRules(day =>
            {
                day.RuleFor(hours => hours.Opens).NotNull().When(hours => hours.Open).WithMessage(hours => $"Say when it opens on {hours.Day}s.");
                day.RuleFor(hours => hours.Closes).NotNull().When(hours => hours.Open).WithMessage(hours => $"Say when it closes on {hours.Day}s.");
                day.RuleFor(hours => hours.Closes).Must((hours, closes) => closes > hours.Opens)
                    .When(hours => hours.Open && hours.Opens is not null && hours.Closes is not null)
                    .WithMessage(hours => $"On {hours.Day}s it must close after it opens.");
            });
        }
    }

    public sealed class Handler(LibraryDbContext db) : ICommandHandler<Command, Result<int>>
    {
        public async ValueTask<Result<int>> Handle(Command command, CancellationToken cancellationToken)
        {
            var resource = command.ResourceId is { } id
                ? await db.BookableResources.Include(row => row.Hours).SingleOrDefaultAsync(row => row.Id == id, cancellationToken)
                : null;
            if (command.ResourceId is not null && resource is null)
            {
                return new NotFound("There is no such resource.");
            }

            var element = resource?.Element ?? command.Element;
            var name = command.Name.Trim();
            if (await db.BookableResources.AnyAsync(other => other.Element == element && other.Name == name && other.Id != command.ResourceId, cancellationToken))
            {
                return new Invalid(nameof(Command.Name), $"{BookingArea.For(element).Title} already has one called {name}: choose another name.");
            }

            if (resource is null)
            {
                resource = new BookableResource { Element = element, Name = name, Purpose = string.Empty };
                db.BookableResources.Add(resource);
            }

            resource.Name = name;
            resource.Purpose = command.Purpose.Trim();
            resource.Seats = command.Seats;
            resource.SlotMinutes = command.SlotMinutes;
            resource.LongestBookingMinutes = command.LongestBookingMinutes;
            resource.BookingWindowDays = command.BookingWindowDays;
            resource.LeadTimeMinutes = command.LeadTimeMinutes;
            resource.BufferMinutes = command.BufferMinutes;
            foreach (var day in command.Days)
            {
                SetHours(resource, day);
            }

            await db.SaveChangesAsync(cancellationToken);
            return resource.Id;
        }

        /// <summary>Changes the weekday's row in place, so its unique (resource, day) index never sees two rows at once.</summary>
        private void SetHours(BookableResource resource, DayHours day)
        {
            var stored = resource.HoursOn(day.Day);
            if (!day.Open)
            {
                if (stored is not null)
                {
                    db.OpeningHours.Remove(stored);
                }

                return;
            }

            if (stored is null)
            {
                stored = new OpeningHours { Day = day.Day };
                resource.Hours.Add(stored);
            }

            (stored.Opens, stored.Closes) = (day.Opens!.Value, day.Closes!.Value);
        }
    }
}
