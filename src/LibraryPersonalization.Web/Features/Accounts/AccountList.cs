namespace LibraryPersonalization.Web.Features.Accounts;

public static class AccountList
{
    public sealed record Query(string? Search, int Page) : IQuery<Result<Model>>, ILibrarianRequest
    {
        public string Purpose => "see the accounts";
    }

    public sealed record Row(string Id, string Name, string Email, string Role, string? Grade, bool IsActive, bool IsLockedOut, IReadOnlyList<HeldDesignation> Designations);

    public sealed record HeldDesignation(int Id, EcosystemElement Element, Designation Designation);

    public sealed record Model(string? Search, Page<Row> Accounts);

    public sealed class Handler(LibraryDbContext db, TimeProvider clock) : IQueryHandler<Query, Result<Model>>
    {
        public async ValueTask<Result<Model>> Handle(Query query, CancellationToken cancellationToken)
        {
            var people = db.Users.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(query.Search))
            {
                var search = ApplicationUser.NormalizeForSearch(query.Search.Trim());
                people = people.Where(user => user.NormalizedDisplayName.Contains(search) || user.NormalizedEmail!.Contains(search));
            }

            var total = await people.CountAsync(cancellationToken);
            var page = await people
                .OrderBy(user => user.DisplayName)
                .PageOf(query.Page)
                .Select(user => new
                {
                    user.Id,
                    user.DisplayName,
                    user.Email,
                    user.GradeLevel,
                    user.IsActive,
                    user.LockoutEnd,
                    Role = db.UserRoles.Where(link => link.UserId == user.Id).Join(db.Roles, link => link.RoleId, role => role.Id, (link, role) => role.Name).FirstOrDefault(),
                })
                .ToListAsync(cancellationToken);
            var ids = page.Select(user => user.Id).ToList();
            var designations = await db.StudentDesignations.AsNoTracking().Where(designation => ids.Contains(designation.StudentId))
                .Select(designation => new { designation.StudentId, Held = new HeldDesignation(designation.Id, designation.Element, designation.Designation) }).ToListAsync(cancellationToken);
            var now = clock.GetUtcNow();
            var rows = page.Select(user => new Row(
                user.Id,
                user.DisplayName,
                user.Email ?? string.Empty,
                user.Role ?? "(none)",
                user.GradeLevel,
                user.IsActive,
                user.LockoutEnd > now,
                designations.Where(designation => designation.StudentId == user.Id).Select(designation => designation.Held).ToList())).ToList();
            return new Model(query.Search, new Page<Row>(rows, query.Page, Paging.DefaultPageSize, total));
        }
    }
}
