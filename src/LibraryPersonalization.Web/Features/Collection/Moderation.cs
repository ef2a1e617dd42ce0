using LibraryPersonalization.Domain.Auditing;

namespace LibraryPersonalization.Web.Features.Collection;

public static class PendingModeration
{
    public sealed record Query(int Page) : IQuery<Result<Model>>, IGatedRequest
    {
        public GatedAction Action => GatedAction.ModerateReviews;
    }

    public sealed record Model(Page<PendingReview> PendingReviews, IReadOnlyList<UncheckedTag> UncheckedTags);

    public sealed record PendingReview(int Id, int TitleId, string TitleName, string AuthorName, int Rating, string Text);

    public sealed record UncheckedTag(int Id, int TitleId, string TitleName, string Tag, string AddedByName);

    public sealed class Handler(LibraryDbContext db) : IQueryHandler<Query, Result<Model>>
    {
        public async ValueTask<Result<Model>> Handle(Query query, CancellationToken cancellationToken)
        {
            var pending = db.Reviews.AsNoTracking().Where(review => review.Status == ModerationStatus.Pending);
            var reviews = await pending.OrderBy(review => review.CreatedAt).PageOf(query.Page)
                .Select(review => new PendingReview(review.Id, review.TitleId, review.Title!.Title, review.AuthorName, review.Rating, review.Text))
                .ToListAsync(cancellationToken);
            var tags = await UncheckedTags.In(db).AsNoTracking()
                .OrderBy(tag => tag.AddedAt)
                .Take(100)
                .Select(tag => new UncheckedTag(tag.Id, tag.TitleId, tag.Title!.Title, tag.Tag, tag.AddedByName))
                .ToListAsync(cancellationToken);
            return new Model(new Page<PendingReview>(reviews, query.Page, Paging.DefaultPageSize, await pending.CountAsync(cancellationToken)), tags);
        }
    }
}

public static class ModerateReview
{
    public sealed record Command(int ReviewId, bool Approve) : ICommand<Result<Unit>>, IGatedRequest
    {
        public GatedAction Action => GatedAction.ModerateReviews;
    }

    public sealed class Handler(LibraryDbContext db, CurrentActor currentActor, TimeProvider clock) : ICommandHandler<Command, Result<Unit>>
    {
        public async ValueTask<Result<Unit>> Handle(Command command, CancellationToken cancellationToken) =>
            await db.MoveReviewAsync(
                command.ReviewId,
                from: ModerationStatus.Pending,
                to: command.Approve ? ModerationStatus.Published : ModerationStatus.Rejected,
                "Someone already moderated this review.",
                title => command.Approve
                    ? $"Your review of {title} is now published."
                    : $"Your review of {title} was not published. Ask the librarian if you would like to know why.",
                (await currentActor.GetAsync(cancellationToken)).UserId,
                clock.GetUtcNow(),
                cancellationToken);
    }
}

/// <summary>Staff take down a review that was already published, e.g. one that went up at once at Student-generated.</summary>
public static class HideReview
{
    public sealed record Command(int ReviewId) : ICommand<Result<Unit>>, IGatedRequest
    {
        public GatedAction Action => GatedAction.ModerateReviews;
    }

    public sealed class Handler(LibraryDbContext db, CurrentActor currentActor, TimeProvider clock) : ICommandHandler<Command, Result<Unit>>
    {
        public async ValueTask<Result<Unit>> Handle(Command command, CancellationToken cancellationToken) =>
            await db.MoveReviewAsync(
                command.ReviewId,
                from: ModerationStatus.Published,
                to: ModerationStatus.Rejected,
                "That review is not published.",
                title => $"Library staff took down your review of {title}. Ask the librarian if you would like to know why.",
                (await currentActor.GetAsync(cancellationToken)).UserId,
                clock.GetUtcNow(),
                cancellationToken);
    }
}

public static class ReviewModeration
{
    /// <summary>
    /// Moves a review between moderation states when it is still in <paramref name="from"/>, keeps the title's rating
    /// totals in step with what is published, and tells the author.
    /// </summary>
    public static async Task<Result<Unit>> MoveReviewAsync(
        this LibraryDbContext db,
        int reviewId,
        ModerationStatus from,
        ModerationStatus to,
        string alreadyMoved,
        Func<string, string> messageForAuthor,
        string moderatorId,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(messageForAuthor);
        var review = await db.Reviews.Include(review => review.Title).SingleOrDefaultAsync(review => review.Id == reviewId, cancellationToken);
        if (review is null)
        {
            return new NotFound("That review no longer exists.");
        }

        if (review.Status != from)
        {
            return new Conflict(alreadyMoved);
        }

        review.Status = to;
        review.ModeratedById = moderatorId;
        review.ModeratedAt = now;
        if (to == ModerationStatus.Published)
        {
            await db.CountPublishedRatingAsync(review.TitleId, review.Rating, cancellationToken);
        }
        else if (from == ModerationStatus.Published)
        {
            await db.UncountPublishedRatingAsync(review.TitleId, review.Rating, cancellationToken);
        }

        db.Notifications.Add(new Notification
        {
            UserId = review.AuthorId,
            Message = messageForAuthor(review.Title!.Title),
            Link = $"/catalog/{review.TitleId}",
            CreatedAt = now,
        });
        return Result.Ok();
    }
}

public static class CheckTag
{
    public sealed record Command(int TagId, bool Keep) : ICommand<Result<Unit>>, IGatedRequest
    {
        public GatedAction Action => GatedAction.ModerateReviews;
    }

    public sealed class Handler(LibraryDbContext db) : ICommandHandler<Command, Result<Unit>>
    {
        public async ValueTask<Result<Unit>> Handle(Command command, CancellationToken cancellationToken)
        {
            var tag = await db.TitleTags.FindAsync([command.TagId], cancellationToken);
            if (tag is null)
            {
                return new NotFound("That tag was already removed.");
            }

            if (command.Keep)
            {
                tag.CheckedByStaff = true;
            }
            else
            {
                db.TitleTags.Remove(tag);
            }

            return Result.Ok();
        }
    }
}
