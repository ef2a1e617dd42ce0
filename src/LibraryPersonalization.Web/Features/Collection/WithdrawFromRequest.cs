namespace LibraryPersonalization.Web.Features.Collection;

/// <summary>A requester takes their name off an undecided request, which frees a place under the open-request limit.</summary>
public static class WithdrawFromRequest
{
    public sealed record Command(int RequestId) : ICommand<Result<RequestStatus>>;

    public sealed class Handler(LibraryDbContext db, CurrentActor currentActor, TimeProvider clock) : ICommandHandler<Command, Result<RequestStatus>>
    {
        public async ValueTask<Result<RequestStatus>> Handle(Command command, CancellationToken cancellationToken)
        {
            var request = await db.BookRequests.Include(request => request.Supporters).SingleOrDefaultAsync(request => request.Id == command.RequestId, cancellationToken);
            if (request is null)
            {
                return new NotFound("That request does not exist.");
            }

            var actor = await currentActor.GetAsync(cancellationToken);
            if (request.Supporters.All(supporter => supporter.StudentId != actor.UserId))
            {
                return new Forbidden("Only students who asked for this book can withdraw from the request.");
            }

            return request.Withdraw(actor.UserId, clock.GetUtcNow()) is { } refusal ? new Conflict(refusal) : request.Status;
        }
    }
}
