using System.Security.Claims;

namespace LibraryPersonalization.Web.Infrastructure;

/// <summary>The signed-in person as the policy sees them: role plus designations, loaded once per request.</summary>
public sealed class CurrentActor(IHttpContextAccessor httpContextAccessor, LibraryDbContext db)
{
    private static readonly CompiledPerProvider<Func<LibraryDbContext, string, IAsyncEnumerable<StudentDesignation>>> DesignationsOf = new(() =>
        EF.CompileAsyncQuery((LibraryDbContext db, string userId) => db.StudentDesignations.AsNoTracking().Where(designation => designation.StudentId == userId)));

    private Actor? actor;

    public async Task<Actor> GetAsync(CancellationToken cancellationToken = default)
    {
        if (actor is not null)
        {
            return actor;
        }

        var user = httpContextAccessor.HttpContext?.User
            ?? throw new InvalidOperationException("There is no signed-in user in this context.");
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new InvalidOperationException("The signed-in user has no id.");
        var designations = new HashSet<(EcosystemElement, Designation)>();
        await foreach (var designation in DesignationsOf.For(db)(db, userId).WithCancellation(cancellationToken))
        {
            designations.Add((designation.Element, designation.Designation));
        }

        actor = new Actor(
            userId,
            user.FindFirstValue(AppClaims.DisplayName) ?? user.Identity?.Name ?? userId,
            RoleOf(user),
            designations);
        return actor;
    }

    public static LibraryRole RoleOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(nameof(LibraryRole.Librarian)) ? LibraryRole.Librarian
            : user.IsInRole(nameof(LibraryRole.Teacher)) ? LibraryRole.Teacher
            : LibraryRole.Student;
    }
}

public static class AppClaims
{
    public const string DisplayName = "display_name";
}
