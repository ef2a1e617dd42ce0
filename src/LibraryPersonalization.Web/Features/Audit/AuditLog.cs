using LibraryPersonalization.Domain.Auditing;

namespace LibraryPersonalization.Web.Features.Audit;

public static class AuditLog
{
    public sealed record Query(int Page) : IQuery<Result<Page<AuditEntry>>>, ILibrarianRequest
    {
        public string Purpose => "read the audit log";
    }

    public sealed class Handler(LibraryDbContext db) : IQueryHandler<Query, Result<Page<AuditEntry>>>
    {
        public async ValueTask<Result<Page<AuditEntry>>> Handle(Query query, CancellationToken cancellationToken)
        {
            var entries = await db.AuditEntries.AsNoTracking().OrderByDescending(entry => entry.Id).PageOf(query.Page, 50).ToListAsync(cancellationToken);
            return new Page<AuditEntry>(entries, query.Page, 50, await db.AuditEntries.CountAsync(cancellationToken));
        }
    }
}
