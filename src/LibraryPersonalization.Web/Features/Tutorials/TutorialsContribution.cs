using LibraryPersonalization.Domain.Tutorials;
using LibraryPersonalization.Web.Infrastructure.Shell;

namespace LibraryPersonalization.Web.Features.Tutorials;

public static class TutorialsSlice
{
    /// <summary>Plugs tutorials into home, the ecosystem page and the navigation.</summary>
    public static IServiceCollection AddTutorialsSlice(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<TutorialOptions>(configuration.GetSection("Tutorials"));
        return services.AddSingleton<TutorialMarkdown>().AddScoped<TutorialAccess>().AddScoped<IElementContribution, TutorialsContribution>();
    }
}

public sealed class TutorialsContribution(LibraryDbContext db) : IElementContribution
{
    public EcosystemElement Element => EcosystemElement.TutorialsAndDemos;

    public IEnumerable<ShellLink> Navigation(Actor actor, Volume volume) =>
    [
        new("Tutorials", "/tutorials", GatedAction.ViewTutorials),
    ];

    public IEnumerable<ShellLink> ActionLinks(Actor actor, Volume volume) =>
    [
        ShellLink.For(GatedAction.ViewTutorials, "/tutorials"),
        ShellLink.For(GatedAction.CommentOnTutorial, "/tutorials"),
        ShellLink.For(GatedAction.RequestTutorial, "/tutorials/requests"),
        ShellLink.For(GatedAction.AuthorTutorial, "/tutorials/new"),
        ShellLink.For(GatedAction.ManageTutorials, "/tutorials/requests"),
    ];

    public async Task<IReadOnlyList<AttentionItem>> NeedsAttentionAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Role == LibraryRole.Librarian
            ? [new(await db.TutorialRequests().CountAsync(request => request.Status == TutorialRequestStatus.Open, cancellationToken), "tutorial requests to answer", "/tutorials/requests")]
            : [];
    }

    public async Task<IReadOnlyList<ParticipationFigure>> ParticipationAsync(DateRange range, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(range);
        var (from, to) = (range.From, range.To);
        var studentIds = db.UserRoles.Where(role => db.Roles.Any(named => named.Id == role.RoleId && named.Name == nameof(LibraryRole.Student))).Select(role => role.UserId);
        return
        [
            new("tutorials published by students", await db.Tutorials().CountAsync(tutorial => tutorial.ByStudent && tutorial.Published && tutorial.PublishedAt >= from && tutorial.PublishedAt < to, cancellationToken)),
            new("comments on tutorials by students", await db.TutorialComments().CountAsync(comment => comment.CreatedAt >= from && comment.CreatedAt < to && studentIds.Contains(comment.AuthorId), cancellationToken)),
            new("tutorial requests by students", await db.TutorialRequests().CountAsync(request => request.CreatedAt >= from && request.CreatedAt < to && studentIds.Contains(request.RequesterId), cancellationToken)),
        ];
    }

    public async Task<IReadOnlyList<PersonalList>> PersonalListsAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var mine = await db.Tutorials().AsNoTracking()
            .Where(tutorial => tutorial.AuthorId == actor.UserId)
            .OrderByDescending(tutorial => tutorial.UpdatedAt)
            .Take(5)
            .Select(tutorial => new { tutorial.Id, tutorial.Title, tutorial.Published, TakenDown = tutorial.UnpublishedReason != null })
            .ToListAsync(cancellationToken);
        return mine.Count == 0
            ? []
            : [new("My tutorials", "You have not written a tutorial yet.", mine.Select(tutorial => new PersonalItem(tutorial.Title, $"/tutorials/{tutorial.Id}", tutorial.Published ? "published" : tutorial.TakenDown ? "unpublished by a librarian" : "draft")).ToList())];
    }
}
