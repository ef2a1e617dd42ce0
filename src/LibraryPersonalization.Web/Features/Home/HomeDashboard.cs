using LibraryPersonalization.Web.Infrastructure.Shell;

namespace LibraryPersonalization.Web.Features.Home;

/// <summary>The signed-in person's start page, built from what every slice contributes.</summary>
public static class HomeDashboard
{
    public const int NotificationsShown = 10;

    public sealed record Query(Actor Actor) : IQuery<Result<Model>>, ISignedInRequest;

    public sealed record Model(
        Actor Actor,
        IReadOnlyList<EcosystemElement> Elements,
        IReadOnlyList<AttentionItem> Attention,
        int UnreadCount,
        IReadOnlyList<NotificationRow> Notifications,
        IReadOnlyList<PersonalList> MyLists,
        IReadOnlyList<ShellLink> AroundTheLibrary);

    public sealed record NotificationRow(string Message, string? Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

    public sealed class Handler(LibraryDbContext db, ElementShell shell) : IQueryHandler<Query, Result<Model>>
    {
        public async ValueTask<Result<Model>> Handle(Query query, CancellationToken cancellationToken)
        {
            var userId = query.Actor.UserId;
            var notifications = await db.Notifications.AsNoTracking()
                .Where(notification => notification.UserId == userId)
                .OrderBy(notification => notification.ReadAt != null)
                .ThenByDescending(notification => notification.CreatedAt)
                .Take(NotificationsShown)
                .Select(notification => new NotificationRow(notification.Message, notification.Link, notification.CreatedAt, notification.ReadAt))
                .ToListAsync(cancellationToken);

            // Unread come first: unless every row shown is unread, the rows shown are all the unread there are.
            var unread = await Paging.CountAsync(
                notifications.Count(notification => notification.ReadAt is null),
                NotificationsShown,
                () => db.Notifications.CountAsync(notification => notification.UserId == userId && notification.ReadAt == null, cancellationToken));
            return new Model(
                query.Actor,
                shell.Elements,
                await shell.NeedsAttentionAsync(cancellationToken),
                unread,
                notifications,
                await shell.PersonalListsAsync(cancellationToken),
                await shell.NavigationAsync(cancellationToken));
        }
    }
}
