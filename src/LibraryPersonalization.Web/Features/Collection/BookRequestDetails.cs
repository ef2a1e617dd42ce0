namespace LibraryPersonalization.Web.Features.Collection;

public static class BookRequestDetails
{
    public sealed record Query(int RequestId, Actor Actor) : IQuery<Model?>;

    public sealed record Model(
        BookRequest Request,
        bool IsMine,
        bool HasVoted,
        bool CommitteeMayDecide,
        IReadOnlyList<RequestStatus> NextStatuses,
        IReadOnlyList<DeclineReason> DeclineReasons,
        decimal BudgetRemaining);

    public sealed class Handler(LibraryDbContext db) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var request = await db.BookRequests.AsNoTracking()
                .Include(request => request.Supporters)
                .Include(request => request.Comments.OrderBy(comment => comment.CreatedAt))
                .Include(request => request.Votes)
                .AsSplitQuery()
                .SingleOrDefaultAsync(request => request.Id == query.RequestId, cancellationToken);
            if (request is null)
            {
                return null;
            }

            var userId = query.Actor.UserId;
            var currentTerm = await db.CollectionSettings.AsNoTracking().Select(settings => settings.CurrentTerm).SingleAsync(cancellationToken);
            var reasons = await db.DeclineReasons.AsNoTracking().Where(reason => reason.IsActive).OrderBy(reason => reason.Text).ToListAsync(cancellationToken);
            return new Model(
                request,
                request.Supporters.Any(supporter => supporter.StudentId == userId),
                request.Votes.Any(vote => vote.VoterId == userId),
                query.Actor.Holds(EcosystemElement.Collection, Designation.SelectionCommittee) && request.Term == currentTerm,
                RequestWorkflow.NextStatuses(request.Status),
                reasons,
                await db.StudentBudgetRemainingAsync(cancellationToken));
        }
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
