namespace LibraryPersonalization.Web.Features.Collection;

public static class BookRequestList
{
    public sealed record Query(string? Status, int Page) : IQuery<Result<Model>>, ISignedInRequest;

    public sealed record Row(int Id, string Title, string Author, RequestStatus Status, int Requesters, int Votes, int Comments, DateTimeOffset SubmittedAt);

    public sealed record Model(string? Status, Page<Row> Requests);

    public sealed class Handler(LibraryDbContext db) : IQueryHandler<Query, Result<Model>>
    {
        public async ValueTask<Result<Model>> Handle(Query query, CancellationToken cancellationToken)
        {
            var requests = db.BookRequests.AsNoTracking();
            if (query.Status == "open")
            {
                requests = requests.Where(request => request.Status == RequestStatus.Submitted || request.Status == RequestStatus.UnderReview);
            }
            else if (Enum.TryParse<RequestStatus>(query.Status, ignoreCase: true, out var status))
            {
                requests = requests.Where(request => request.Status == status);
            }

            var total = await requests.CountAsync(cancellationToken);
            var rows = await requests
                .OrderByDescending(request => request.VoteCount)
                .ThenByDescending(request => request.SubmittedAt)
                .PageOf(query.Page)
                .Select(request => new Row(request.Id, request.Title, request.Author, request.Status, request.Supporters.Count, request.VoteCount, request.Comments.Count, request.SubmittedAt))
                .ToListAsync(cancellationToken);
            return new Model(query.Status, new Page<Row>(rows, query.Page, Paging.DefaultPageSize, total));
        }
    }
}
