namespace LibraryPersonalization.Web.Features.Collection;

public static class WriteReview
{
    public sealed class Command : ICommand<Result<ModerationStatus>>, IGatedRequest
    {
        public int TitleId { get; set; }
        public int Rating { get; set; }
        public string? Text { get; set; }

        public GatedAction Action => GatedAction.ReviewTitle;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(command => command.Rating).InclusiveBetween(1, 5).WithMessage("Choose a rating from 1 to 5 stars.");
            RuleFor(command => command.Text).MaximumLength(2000).WithMessage("Keep your review under 2,000 characters.");
        }
    }

    public sealed class Handler(LibraryDbContext db, CurrentActor currentActor, EcosystemVolumes volumes, TimeProvider clock)
        : ICommandHandler<Command, Result<ModerationStatus>>
    {
        public async ValueTask<Result<ModerationStatus>> Handle(Command command, CancellationToken cancellationToken)
        {
            if (!await db.Titles.AnyAsync(title => title.Id == command.TitleId, cancellationToken))
            {
                return new NotFound("That title is not in the catalog.");
            }

            var actor = await currentActor.GetAsync(cancellationToken);
            if (await db.Reviews.AnyAsync(review => review.TitleId == command.TitleId && review.AuthorId == actor.UserId, cancellationToken))
            {
                return new Conflict("You have already reviewed this title.");
            }

            var publishesAtOnce = (await volumes.DecideAsync(GatedAction.PublishReviewWithoutApproval, actor, cancellationToken)).IsAllowed;
            var status = publishesAtOnce ? ModerationStatus.Published : ModerationStatus.Pending;
            db.Reviews.Add(new Review
            {
                TitleId = command.TitleId,
                AuthorId = actor.UserId,
                AuthorName = actor.DisplayName,
                Rating = command.Rating,
                Text = command.Text?.Trim() ?? string.Empty,
                Status = status,
                CreatedAt = clock.GetUtcNow(),
            });
            if (publishesAtOnce)
            {
                await db.CountPublishedRatingAsync(command.TitleId, command.Rating, cancellationToken);
            }

            return status;
        }
    }
}
