namespace LibraryPersonalization.Web.Features.Home;

public static class HomeDashboard
{
    public sealed record Query(Actor Actor) : IQuery<Result<Model>>, ISignedInRequest;

    public sealed record NeedsAttention(int PendingRequests, int PendingReviews, int UncheckedTags);

    public sealed record MyRequest(int Id, string Title, RequestStatus Status, string? DeclineReason);

    public sealed record MyReview(int TitleId, string Title, int Rating, ModerationStatus Status);

    public sealed record NotificationRow(string Message, string? Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

    public sealed record Model(Actor Actor, NeedsAttention? Attention, int UnreadCount, IReadOnlyList<NotificationRow> Notifications, IReadOnlyList<MyRequest> Requests, IReadOnlyList<MyReview> Reviews);

    public sealed class Handler(LibraryDbContext db) : IQueryHandler<Query, Result<Model>>
    {
        public async ValueTask<Result<Model>> Handle(Query query, CancellationToken cancellationToken)
        {
            var userId = query.Actor.UserId;
            var attention = query.Actor.IsStaff
                ? new NeedsAttention(
                    await db.BookRequests.CountAsync(request => request.Status == RequestStatus.Submitted || request.Status == RequestStatus.UnderReview, cancellationToken),
                    await db.Reviews.CountAsync(review => review.Status == ModerationStatus.Pending, cancellationToken),
                    await db.TitleTags.CountAsync(tag => !tag.CheckedByStaff, cancellationToken))
                : null;
            var unread = await db.Notifications.CountAsync(notification => notification.UserId == userId && notification.ReadAt == null, cancellationToken);
            var notifications = await db.Notifications.AsNoTracking()
                .Where(notification => notification.UserId == userId)
                .OrderBy(notification => notification.ReadAt != null)
                .ThenByDescending(notification => notification.CreatedAt)
                .Take(10)
                .Select(notification => new NotificationRow(notification.Message, notification.Link, notification.CreatedAt, notification.ReadAt))
                .ToListAsync(cancellationToken);
            var requests = await db.BookRequests.AsNoTracking()
                .Where(request => request.Supporters.Any(supporter => supporter.StudentId == userId))
                .OrderByDescending(request => request.SubmittedAt)
                .Take(10)
                .Select(request => new MyRequest(request.Id, request.Title, request.Status, request.DeclineReason))
                .ToListAsync(cancellationToken);
            var reviews = await db.Reviews.AsNoTracking()
                .Where(review => review.AuthorId == userId)
                .OrderByDescending(review => review.CreatedAt)
                .Take(10)
                .Select(review => new MyReview(review.TitleId, review.Title!.Title, review.Rating, review.Status))
                .ToListAsync(cancellationToken);
            return new Model(query.Actor, attention, unread, notifications, requests, reviews);
        }
    }
}
