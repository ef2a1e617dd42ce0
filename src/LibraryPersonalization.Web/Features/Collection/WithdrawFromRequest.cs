namespace LibraryPersonalization.Web.Features.Collection;

/// <summary>A requester takes their name off an undecided request, which frees a place under the open-request limit.</summary>
public static class WithdrawFromRequest
{
    public sealed record Command(int RequestId) : ICommand<Result<RequestStatus>>, IOwnerRequest;

    /// <summary>Only students who asked for the book may take their name off it.</summary>
    public sealed class Ownership(LibraryDbContext db) : IOwnershipCheck<Command>
    {
        public async ValueTask<Failure?> RefusalAsync(Command request, Actor actor, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(request);
            ArgumentNullException.ThrowIfNull(actor);
            var requesters = await db.BookRequests.Where(candidate => candidate.Id == request.RequestId)
                .Select(candidate => candidate.Supporters.Select(supporter => supporter.StudentId).ToList())
                .SingleOrDefaultAsync(cancellationToken);
            return requesters is null ? new NotFound("That request does not exist.")
                : requesters.Contains(actor.UserId) ? null
                : new Forbidden("Only students who asked for this book can withdraw from the request.");
        }
    }

    public sealed class Handler(LibraryDbContext db, CurrentActor currentActor, TimeProvider clock) : ICommandHandler<Command, Result<RequestStatus>>
    {
        public async ValueTask<Result<RequestStatus>> Handle(Command command, CancellationToken cancellationToken)
        {
            var request = await db.BookRequests.Include(request => request.Supporters).SingleAsync(request => request.Id == command.RequestId, cancellationToken);
            var actor = await currentActor.GetAsync(cancellationToken);
            return request.Withdraw(actor.UserId, clock.GetUtcNow()) is { } refusal ? new Conflict(refusal) : request.Status;
        }
    }
}
