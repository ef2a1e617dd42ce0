namespace LibraryPersonalization.Web.Features.Collection;

public static class CommentOnRequest
{
    public sealed class Command : ICommand<Result<Unit>>, IGatedRequest
    {
        public int RequestId { get; set; }
        public string Text { get; set; } = string.Empty;

        public GatedAction Action => GatedAction.CommentOnBookRequest;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(command => command.Text)
                .Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage("Write a comment first.")
                .MaximumLength(2000).WithMessage("Keep comments under 2,000 characters.");
    }

    public sealed class Handler(LibraryDbContext db, CurrentActor currentActor, TimeProvider clock) : ICommandHandler<Command, Result<Unit>>
    {
        public async ValueTask<Result<Unit>> Handle(Command command, CancellationToken cancellationToken)
        {
            var request = await db.BookRequests.Include(request => request.Supporters).SingleOrDefaultAsync(request => request.Id == command.RequestId, cancellationToken);
            if (request is null)
            {
                return new NotFound("That request does not exist.");
            }

            var actor = await currentActor.GetAsync(cancellationToken);
            var now = clock.GetUtcNow();
            request.Comments.Add(new RequestComment { AuthorId = actor.UserId, AuthorName = actor.DisplayName, Text = command.Text.Trim(), CreatedAt = now });
            db.NotifySupporters(request, $"{actor.DisplayName} commented on your request for {request.Title}.", now, actor.UserId);
            return Result.Ok();
        }
    }
}

public static class VoteOnRequest
{
    public sealed record Command(int RequestId) : ICommand<Result<Unit>>, IGatedRequest
    {
        public GatedAction Action => GatedAction.VoteOnBookRequest;
    }

    public sealed class Handler(LibraryDbContext db, CurrentActor currentActor, TimeProvider clock) : ICommandHandler<Command, Result<Unit>>
    {
        public async ValueTask<Result<Unit>> Handle(Command command, CancellationToken cancellationToken)
        {
            var request = await db.BookRequests.SingleOrDefaultAsync(request => request.Id == command.RequestId, cancellationToken);
            if (request is null)
            {
                return new NotFound("That request does not exist.");
            }

            if (!request.IsOpen)
            {
                return new Conflict("Voting has closed: this request has already been decided.");
            }

            var actor = await currentActor.GetAsync(cancellationToken);
            if (await db.RequestVotes.AnyAsync(vote => vote.RequestId == request.Id && vote.VoterId == actor.UserId, cancellationToken))
            {
                return new Conflict("You have already voted for this request.");
            }

            db.RequestVotes.Add(new RequestVote { RequestId = request.Id, VoterId = actor.UserId, CastAt = clock.GetUtcNow() });
            await db.BookRequests.Where(row => row.Id == request.Id).ExecuteUpdateAsync(set => set.SetProperty(row => row.VoteCount, row => row.VoteCount + 1), cancellationToken);
            return Result.Ok();
        }
    }
}
