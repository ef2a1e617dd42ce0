namespace LibraryPersonalization.Web.Features.Audit;

public static class AuditLog
{
    public sealed record Query(int Page) : IQuery<Result<Page<Row>>>, ILibrarianRequest
    {
        public string Purpose => "read the audit log";
    }

    public sealed record Row(DateTimeOffset At, string ActorName, string Action, string Details);

    public sealed class Handler(LibraryDbContext db) : IQueryHandler<Query, Result<Page<Row>>>
    {
        public async ValueTask<Result<Page<Row>>> Handle(Query query, CancellationToken cancellationToken)
        {
            var entries = await db.AuditEntries.AsNoTracking().OrderByDescending(entry => entry.Id).PageOf(query.Page, 50)
                .Select(entry => new Row(entry.At, entry.ActorName, entry.Action, entry.Details)).ToListAsync(cancellationToken);
            return new Page<Row>(entries, query.Page, 50, await db.AuditEntries.CountAsync(cancellationToken));
        }
    }
}
