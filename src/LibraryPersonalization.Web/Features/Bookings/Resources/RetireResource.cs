namespace LibraryPersonalization.Web.Features.Bookings.Resources;

/// <summary>What retiring a resource means, shown before the librarian confirms it.</summary>
public static class RetireConfirmation
{
    public sealed record Query(int ResourceId) : IQuery<Result<Model>>, ILibrarianRequest
    {
        string ILibrarianRequest.Purpose => ResourceList.Purpose;
    }

    public sealed record Model(int ResourceId, string Name, string AreaTitle, bool Retired, int UpcomingBookings);

    public sealed class Handler(LibraryDbContext db, BookingEngine engine) : IQueryHandler<Query, Result<Model>>
    {
        public async ValueTask<Result<Model>> Handle(Query query, CancellationToken cancellationToken)
        {
            var now = engine.Now;
            var model = await db.BookableResources.AsNoTracking()
                .Where(resource => resource.Id == query.ResourceId)
                .Select(resource => new
                {
                    resource.Name,
                    resource.Element,
                    resource.Retired,
                    Upcoming = db.Bookings.Count(booking => booking.ResourceId == resource.Id && booking.End > now && Domain.Bookings.Booking.Upcoming.Contains(booking.Status)),
                })
                .SingleOrDefaultAsync(cancellationToken);
            return model is null
                ? new NotFound("There is no such resource.")
                : new Model(query.ResourceId, model.Name, BookingArea.For(model.Element).Title, model.Retired, model.Upcoming);
        }
    }
}

/// <summary>
/// Retires a resource (nobody can book it any more; its bookings and history stay) or offers it again. The resource's
/// lock is taken first, so a booking being placed at this moment is counted before or refused after, never half.
/// </summary>
public static class SetResourceRetired
{
    public sealed record Command(int ResourceId, bool Retired) : ICommand<Result<string>>, ILibrarianRequest
    {
        string ILibrarianRequest.Purpose => ResourceList.Purpose;
    }

    public sealed class Handler(LibraryDbContext db, BookingEngine engine) : ICommandHandler<Command, Result<string>>
    {
        public async ValueTask<Result<string>> Handle(Command command, CancellationToken cancellationToken)
        {
            await engine.LockAsync(command.ResourceId, cancellationToken);
            var resource = await db.BookableResources.SingleOrDefaultAsync(row => row.Id == command.ResourceId, cancellationToken);
            if (resource is null)
            {
                return new NotFound("There is no such resource.");
            }

            resource.Retired = command.Retired;
            return command.Retired
                ? $"{resource.Name} is retired: nobody can book it now. Its bookings and history stay."
                : $"{resource.Name} can be booked again.";
        }
    }
}
