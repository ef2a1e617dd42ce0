namespace LibraryPersonalization.Web.Features.Collection;

public static class BookRequestDetails
{
    public sealed record Query(int RequestId, Actor Actor) : IQuery<Result<Model>>, ISignedInRequest;

    public sealed record Model(
        RequestView Request,
        bool IsMine,
        bool HasVoted,
        bool CommitteeMayDecide,
        IReadOnlyList<RequestStatus> NextStatuses,
        IReadOnlyList<ReasonOption> DeclineReasons,
        decimal BudgetRemaining);

    /// <summary>A request as this person may see it: requesters are named only to staff.</summary>
    public sealed record RequestView(
        int Id,
        string Title,
        string Author,
        string? Isbn,
        string Term,
        string Reason,
        RequestStatus Status,
        DateTimeOffset StatusChangedAt,
        string? DecidedByName,
        bool DecidedByCommittee,
        string? DeclineReason,
        decimal? EstimatedCost,
        int Version,
        int RequesterCount,
        IReadOnlyList<string>? RequesterNames,
        int VoteCount,
        IReadOnlyList<CommentView> Comments)
    {
        public bool IsOpen => RequestWorkflow.IsOpen(Status);
    }

    public sealed record CommentView(string AuthorName, DateTimeOffset CreatedAt, string Text);

    public sealed record ReasonOption(int Id, string Text);

    public sealed class Handler(LibraryDbContext db) : IQueryHandler<Query, Result<Model>>
    {
        public async ValueTask<Result<Model>> Handle(Query query, CancellationToken cancellationToken)
        {
            var request = await db.BookRequests.AsNoTracking()
                .Include(request => request.Supporters)
                .Include(request => request.Comments.OrderBy(comment => comment.CreatedAt))
                .AsSplitQuery()
                .SingleOrDefaultAsync(request => request.Id == query.RequestId, cancellationToken);
            if (request is null)
            {
                return new NotFound("That request does not exist.");
            }

            var userId = query.Actor.UserId;
            var currentTerm = await db.CollectionSettings.AsNoTracking().Select(settings => settings.CurrentTerm).SingleAsync(cancellationToken);
            var reasons = await db.DeclineReasons.AsNoTracking().Where(reason => reason.IsActive).OrderBy(reason => reason.Text)
                .Select(reason => new ReasonOption(reason.Id, reason.Text)).ToListAsync(cancellationToken);
            return new Model(
                ViewOf(request, query.Actor),
                request.Supporters.Any(supporter => supporter.StudentId == userId),
                await db.RequestVotes.AnyAsync(vote => vote.RequestId == request.Id && vote.VoterId == userId, cancellationToken),
                query.Actor.Holds(EcosystemElement.Collection, Designation.SelectionCommittee) && request.Term == currentTerm,
                RequestWorkflow.NextStatuses(request.Status),
                reasons,
                await db.StudentBudgetRemainingAsync(cancellationToken));
        }

        private static RequestView ViewOf(BookRequest request, Actor actor) => new(
            request.Id,
            request.Title,
            request.Author,
            request.Isbn,
            request.Term,
            request.Reason,
            request.Status,
            request.StatusChangedAt,
            request.DecidedByName,
            request.DecidedByCommittee,
            request.DeclineReason,
            request.EstimatedCost,
            request.Version,
            request.Supporters.Count,
            actor.IsStaff ? request.Supporters.Select(supporter => supporter.StudentName).ToList() : null,
            request.VoteCount,
            request.Comments.Select(comment => new CommentView(comment.AuthorName, comment.CreatedAt, comment.Text)).ToList());
    }
}

public static class StudentBudget
{
    /// <summary>This term's student book budget less what the selection committee has approved.</summary>
    public static async Task<decimal> StudentBudgetRemainingAsync(this LibraryDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var settings = await db.CollectionSettings.AsNoTracking().SingleAsync(cancellationToken);
        var committed = await db.BookRequests.AsNoTracking()
            .Where(request => request.Term == settings.CurrentTerm && request.DecidedByCommittee && request.EstimatedCost != null
                && (request.Status == RequestStatus.Approved || request.Status == RequestStatus.Ordered || request.Status == RequestStatus.Received))
            .Select(request => request.EstimatedCost!.Value)
            .ToListAsync(cancellationToken);
        return settings.StudentBookBudget - committed.Sum();
    }
}
