using LibraryPersonalization.Domain.Bookings;

namespace LibraryPersonalization.Web.Features.Bookings;

/// <summary>The zone, its booking lengths and the active students matching a name, for staff assigning one of them.</summary>
public static class AssignForm
{
    private const int MostStudentsListed = 50;

    public sealed record Query(int ResourceId, string? Search) : IQuery<Result<Model>>, IGatedRequest
    {
        public GatedAction Action => GatedAction.AssignStudentsToZones;
    }

    public sealed record Model(BookingForm.Model Zone, string? Search, IReadOnlyList<StudentOption> Students, bool MoreMatch);

    public sealed record StudentOption(string Id, string Name, string? Grade);

    public sealed class Handler(LibraryDbContext db, ISender sender) : IQueryHandler<Query, Result<Model>>
    {
        public async ValueTask<Result<Model>> Handle(Query query, CancellationToken cancellationToken)
        {
            var zone = await sender.Send(new BookingForm.Query(EcosystemElement.PhysicalSpace, query.ResourceId), cancellationToken);
            if (zone.Value is null)
            {
                return zone.Failure!;
            }

            var students = AssignStudent.ActiveStudents(db).AsNoTracking();
            if (!string.IsNullOrWhiteSpace(query.Search))
            {
                var search = ApplicationUser.NormalizeForSearch(query.Search.Trim());
                students = students.Where(user => user.NormalizedDisplayName.Contains(search));
            }

            var listed = await students.OrderBy(user => user.DisplayName).Take(MostStudentsListed + 1)
                .Select(user => new StudentOption(user.Id, user.DisplayName, user.GradeLevel))
                .ToListAsync(cancellationToken);
            return new Model(zone.Value, query.Search, listed.Take(MostStudentsListed).ToList(), listed.Count > MostStudentsListed);
        }
    }
}

/// <summary>
/// Staff book a zone for a student, who holds the booking and is told. The student's own rules (overlaps, limits) still
/// apply; lead time and the booking window do not, as for every staff booking.
/// </summary>
public static class AssignStudent
{
    public sealed class Command : SlotCommand, ICommand<Result<Placed>>, IGatedRequest
    {
        public string StudentId { get; set; } = string.Empty;

        public GatedAction Action => GatedAction.AssignStudentsToZones;
    }

    public sealed class Validator : SlotValidator<Command>
    {
        public Validator() =>
            RuleFor(command => command.StudentId).NotEmpty().WithMessage("Choose a student.");
    }

    public static IQueryable<ApplicationUser> ActiveStudents(LibraryDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var studentIds = db.UserRoles.Where(link => db.Roles.Any(role => role.Id == link.RoleId && role.Name == nameof(LibraryRole.Student))).Select(link => link.UserId);
        return db.Users.Where(user => user.IsActive && studentIds.Contains(user.Id));
    }

    public sealed class Handler(LibraryDbContext db, BookingEngine engine, CurrentActor currentActor) : ICommandHandler<Command, Result<Placed>>
    {
        public async ValueTask<Result<Placed>> Handle(Command command, CancellationToken cancellationToken)
        {
            var student = await ActiveStudents(db).Where(user => user.Id == command.StudentId).Select(user => new { user.Id, user.DisplayName }).SingleOrDefaultAsync(cancellationToken);
            if (student is null)
            {
                return new Invalid(nameof(Command.StudentId), "Choose an active student.");
            }

            if (await engine.LockAndFindAsync(EcosystemElement.PhysicalSpace, command.ResourceId, cancellationToken) is not { } zone)
            {
                return new NotFound("There is no such zone.");
            }

            var times = engine.Times(command.Date, command.Start, command.Minutes);
            if (times.Failure is not null)
            {
                return times.Failure;
            }

            var (start, end) = times.Value;
            var attempt = new BookingAttempt(start, end, 1, ByStaff: true);
            if (await engine.RefusalAsync(zone, attempt, new Holder(student.Id, student.DisplayName, IsStudent: true, IsActor: false), replacing: null, cancellationToken) is { } refusal)
            {
                return refusal;
            }

            var actor = await currentActor.GetAsync(cancellationToken);
            var now = engine.Now;
            var booking = new Booking
            {
                ResourceId = zone.Id,
                HolderId = student.Id,
                HolderName = student.DisplayName,
                BookedById = actor.UserId,
                Start = start,
                End = end,
                Note = string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim(),
                Status = BookingStatus.Confirmed,
                CreatedAt = now,
            };
            db.Bookings.Add(booking);
            await db.SaveChangesAsync(cancellationToken);
            var when = engine.Span(start, end);
            Decisions.Tell(db, booking, $"{actor.DisplayName} booked {zone.Name} for you, {when}.", now);
            return new Placed(booking.Id, $"{zone.Name} is booked for {student.DisplayName}, {when}.");
        }
    }
}
